// The breaking-change report as text for the terminal and as Markdown for CHANGELOG.md.
import type { InstanceTarget } from './diff.js';
import type { BreakingReport, ReportedChange } from './compare.js';

const clip = (text: string, length: number): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function place(target: InstanceTarget): string {
  const where = target.exchange === 'parameters' ? `${target.location} parameters` : target.exchange === 'requestBody' ? 'request body' : 'payload';
  return `${where}${target.instancePath ? ` at ${target.instancePath}` : ''} of ${target.operation.label}`;
}

function where(change: ReportedChange): string {
  const [first, ...more] = change.targets;
  if (!first) return change.operation.label;
  return `${place(first)}${more.length > 0 ? ` (and ${more.length} more place${more.length > 1 ? 's' : ''})` : ''}`;
}

function evidenceLine(change: ReportedChange): string | undefined {
  const evidence = change.evidence;
  if (!evidence) return undefined;
  if (!evidence.found) return `no evidence: ${evidence.reason}`;
  return `evidence: ${clip(JSON.stringify(evidence.value), 240)} is accepted by the old spec and rejected by the new (${clip(evidence.rejectedBecause.join('; '), 160)})`;
}

const RANK = { breaking: 0, unconfirmed: 1, compatible: 2 } as const;
const LABEL = { breaking: 'BREAKING   ', unconfirmed: 'UNCONFIRMED', compatible: 'ok         ' } as const;
const order = (a: ReportedChange, b: ReportedChange): number => RANK[a.verdict] - RANK[b.verdict] || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0);

/** The report for a terminal: one block per change, breaking ones first, then the type checks. */
export function formatText(report: BreakingReport): string {
  const lines = [`Spec at ${report.base.ref}${report.base.version ? ` (version ${report.base.version})` : ''} compared with the working tree${report.head.version ? ` (version ${report.head.version})` : ''}:`, ''];
  for (const change of [...report.changes].sort(order)) {
    lines.push(`${LABEL[change.verdict]}  ${change.side.padEnd(8)}  ${change.pointer}`);
    lines.push(`             ${change.message}, in the ${where(change)}`);
    const evidence = evidenceLine(change);
    if (evidence) lines.push(`             ${evidence}`);
  }
  if (report.changes.length === 0) lines.push('No changes that affect what requests or responses may contain.');
  lines.push('');
  if (report.types.unavailable) {
    lines.push(`Type witness unavailable: ${report.types.unavailable}`);
  } else {
    const failed = report.types.checks.filter((check) => !check.ok);
    lines.push(`Type witness: ${report.types.checks.length} assignments (old request types → new, new payload types → old), ${failed.length} failing.`);
    for (const check of failed) lines.push(`  FAIL  ${check.label} (${check.direction}): ${clip(check.error ?? '', 300)}`);
  }
  const count = (verdict: ReportedChange['verdict']): number => report.changes.filter((change) => change.verdict === verdict).length;
  lines.push(
    '',
    `${report.changes.length} change${report.changes.length === 1 ? '' : 's'}: ${count('breaking')} breaking, ${count('unconfirmed')} unconfirmed (structurally narrower, but no old request found that the new spec rejects), ${count('compatible')} compatible.`,
    report.breaking ? 'This release breaks users of the API description.' : 'Compatible with the spec it was compared with.',
  );
  return `${lines.join('\n')}\n`;
}

/** The breaking changes as a Markdown section for CHANGELOG.md, or undefined when there are none. */
export function formatMarkdown(report: BreakingReport): string | undefined {
  const breaking = report.changes.filter((change) => change.verdict === 'breaking').sort(order);
  const types = report.types.checks.filter((check) => !check.ok);
  if (breaking.length === 0 && types.length === 0) return undefined;
  const lines = [`### Breaking changes in the API description (since ${report.base.ref})`, ''];
  for (const change of breaking) lines.push(`- \`${change.pointer}\` (${change.side}): ${change.message}, in the ${where(change)}.`);
  for (const check of types) lines.push(`- Types: the ${check.label} ${check.direction === 'old request → new' ? 'written against the old types no longer compiles' : 'no longer fits the old type'}.`);
  return `${lines.join('\n')}\n`;
}
