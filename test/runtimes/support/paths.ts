import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../../..');
/** Everything the suite writes, inside the repository (gitignored): tarball, consumer folders, caches. */
export const WORK = join(ROOT, '.tmp/runtimes');
/** npm's cache for the consumer installs, so nothing is cached outside the repository. */
export const NPM_CACHE = join(ROOT, '.tmp/npm-cache');
/** The package name consumers import. */
export const PACKAGE_NAME = 'plivo-message-openapi';
