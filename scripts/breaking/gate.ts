// The publishing rule: a breaking change needs a major bump, or a minor one while the version is 0.x
// (semver's rule for initial development, which Changesets follows).
import semver from 'semver';

/** The verdict on publishing `to` after `from`. */
export interface GateVerdict {
  ok: boolean;
  /** The smallest version that may carry a breaking change after `from`. */
  needed: string;
  message: string;
}

/** The smallest version after `from` allowed to break: the next major, or the next minor below 1.0. */
export function smallestBreakingVersion(from: string): string {
  const parsed = semver.parse(from);
  if (!parsed) throw new Error(`${from} is not a semver version`);
  return parsed.major === 0 ? `0.${parsed.minor + 1}.0` : `${parsed.major + 1}.0.0`;
}

/** Whether version `to` may be published after `from` given whether the spec changes break users. */
export function gate(breaking: boolean, from: string, to: string): GateVerdict {
  const needed = smallestBreakingVersion(from);
  if (!semver.valid(to)) return { ok: false, needed, message: `package.json version ${to} is not a semver version` };
  if (!breaking) return { ok: true, needed, message: `no breaking change since ${from}: ${to} may be published` };
  if (semver.gte(to, needed)) return { ok: true, needed, message: `breaking changes since ${from}, and ${to} is at least ${needed}` };
  return {
    ok: false,
    needed,
    message: `breaking changes since ${from} need version ${needed} or later, but package.json says ${to}: add a ${needed.startsWith('0.') ? 'minor' : 'major'} changeset (npm run changeset) and run npm run version`,
  };
}
