import type { ValidationIssue } from '../errors.js';
import { alignRows, type Palette } from './style.js';

/** The path as shown to people: the JSON pointer, or `(body)` for the body itself. */
export const issuePath = (issue: ValidationIssue): string => issue.path || '(body)';

/**
 * One line per issue, `path: message`, messages aligned so a long list stays scannable.
 * @example formatIssues([{ path: '/method', message: 'must be one of: "GET", "POST", null' }], palette)
 */
export function formatIssues(issues: readonly ValidationIssue[], colour: Palette, indent = '  '): string {
  return alignRows(
    issues.map((issue) => [colour.yellow(`${issuePath(issue)}:`), issue.message]),
    { indent, gap: 1 },
  );
}
