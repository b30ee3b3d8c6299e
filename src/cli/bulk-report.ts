import { REJECTED_BY_PLIVO, type BulkFailedRequest, type BulkInvalidDestination, type SendBulkResult } from '../bulk/send-bulk.js';
import { EXIT_MAYBE_SENT, EXIT_NOT_SENT, EXIT_OK } from './exit.js';
import { errorJson, failureText } from './failure.js';
import { LISTED_PROBLEMS } from './plan.js';
import { alignRows, type Palette } from './style.js';

/** What a `send` did: the bulk result, plus what the CLI itself set aside or was told. */
export interface SendReport {
  result: SendBulkResult;
  /** Entries set aside before the send (CSV rows without a number), listed with the invalid ones. */
  setAside: readonly BulkInvalidDestination[];
  /** Whether Ctrl-C stopped the send before every request had started. */
  interrupted: boolean;
}

/** Accepted UUIDs are printed one per line up to this many recipients; beyond, `--json` has them. */
const LISTED_UUIDS = 10;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const recipientsOf = (requests: readonly BulkFailedRequest[]) => requests.reduce((sum, request) => sum + request.dst.length, 0);

/** Every entry that was not sent to because of its number, set-aside rows first. */
const invalidOf = (report: SendReport): BulkInvalidDestination[] => [...report.setAside, ...report.result.invalid];

/**
 * The exit status of a send: 3 when any recipient may have been sent without an acceptance (do not
 * repeat blindly); else 1 when any request failed or no recipient was accepted; else 0. Invalid and
 * repeated numbers are reported but do not fail a send that reached everyone else.
 */
export function sendExitCode(result: SendBulkResult): number {
  if (result.failed.some((request) => request.maybeSent)) return EXIT_MAYBE_SENT;
  if (result.failed.length > 0 || result.acceptedRecipients === 0) return EXIT_NOT_SENT;
  return EXIT_OK;
}

/**
 * The summary for standard output: counts, the accepted UUIDs of a small send, and the numbers Plivo
 * refused. It follows the plan, which already listed the entries that were not sendable.
 */
export function reportText(report: SendReport, colour: Palette): string {
  const { result } = report;
  const notSent = result.failed.filter((request) => !request.maybeSent);
  const maybe = result.failed.filter((request) => request.maybeSent);
  const invalid = invalidOf(report);
  const refused = invalid.filter((entry) => entry.reason === REJECTED_BY_PLIVO);
  const rows: string[][] = [];
  // "Accepted 0" says nothing when the lines below say why; it stays when they are all there is.
  if (result.accepted.length > 0 || result.failed.length === 0) {
    rows.push(['Accepted', colour.green(`${plural(result.acceptedRecipients, 'recipient')} in ${plural(result.accepted.length, 'request')}`)]);
  }
  if (result.acceptedRecipients <= LISTED_UUIDS) {
    for (const request of result.accepted) {
      for (const uuid of request.messageUuids) rows.push(['message_uuid', uuid]);
      rows.push(['api_id', request.apiId]);
    }
  }
  if (result.acceptedWithUnknownUuids > 0) {
    rows.push(['UUIDs unknown', colour.yellow(`${plural(result.acceptedWithUnknownUuids, 'recipient')} accepted, but Plivo's answer could not be read (--json: unreadableAnswer)`)]);
  }
  if (invalid.length > 0) {
    const where = [invalid.length > refused.length ? `${invalid.length - refused.length} listed above as not sendable` : '', refused.length > 0 ? `${refused.length} refused by Plivo, listed below` : ''];
    rows.push(['Invalid', colour.yellow(`${invalid.length} not sent (${where.filter((part) => part !== '').join('; ')})`)]);
  }
  if (result.duplicates.length > 0) rows.push(['Duplicates', `${result.duplicates.length} repeated, sent once`]);
  if (notSent.length > 0) rows.push(['Not sent', colour.red(`${plural(recipientsOf(notSent), 'recipient')} in ${plural(notSent.length, 'failed request')}: nothing went out to them`)]);
  if (maybe.length > 0) rows.push(['May be sent', colour.yellow(`${plural(recipientsOf(maybe), 'recipient')} in ${plural(maybe.length, 'request')} not acknowledged: check the message list before sending to them again`)]);
  if (report.interrupted) rows.push(['Stopped', 'by Ctrl-C: requests not started are counted as not sent']);
  const lines = [alignRows(rows)];
  for (const entry of refused.slice(0, LISTED_PROBLEMS)) lines.push(`  ${colour.yellow(entry.input)}: ${entry.reason}`);
  if (refused.length > LISTED_PROBLEMS) lines.push(`  … and ${refused.length - LISTED_PROBLEMS} more (--json lists every one)`);
  return `${lines.join('\n')}\n`;
}

/**
 * Why requests failed, for standard error: each distinct failure once, with how many requests and
 * recipients it hit and the first number of each, so a long bulk send stays readable.
 */
export function failuresText(failed: readonly BulkFailedRequest[], colour: Palette): string {
  const groups = new Map<string, BulkFailedRequest[]>();
  for (const request of failed) {
    const key = `${request.maybeSent}\u0000${request.error.message}`;
    groups.set(key, [...(groups.get(key) ?? []), request]);
  }
  const blocks = [...groups.values()].map((requests) => {
    const [first] = requests;
    if (first === undefined) return '';
    const firsts = requests.map((request) => request.dst[0] ?? '').join(', ');
    const header = failed.length > 1 || first.dst.length > 1 ? `${plural(requests.length, 'request')}, ${plural(recipientsOf(requests), 'recipient')} (first number${requests.length === 1 ? '' : 's'}: ${firsts}):\n` : '';
    return `${header}${failureText(first.error, colour)}`;
  });
  return `${blocks.join('\n')}\n`;
}

/** The machine-readable report of `send --json`; `exitCode` is the status the command ends with. */
export function reportJson(report: SendReport, cost: Record<string, unknown>): Record<string, unknown> {
  const { result } = report;
  const exitCode = sendExitCode(result);
  const invalid = invalidOf(report);
  return {
    ok: exitCode === EXIT_OK,
    exitCode,
    dryRun: false,
    interrupted: report.interrupted,
    ...cost,
    recipients: {
      accepted: result.acceptedRecipients,
      invalid: invalid.length,
      duplicates: result.duplicates.length,
      notSent: recipientsOf(result.failed.filter((request) => !request.maybeSent)),
      maybeSent: recipientsOf(result.failed.filter((request) => request.maybeSent)),
    },
    requests: result.requests,
    accepted: result.accepted,
    invalid,
    duplicates: result.duplicates,
    failed: result.failed.map((request) => ({ dst: request.dst, maybeSent: request.maybeSent, error: errorJson(request.error) })),
  };
}
