import type { Command } from 'commander';
import type { ValidationIssue } from '../errors.js';
import { validateSendMessageRequest } from '../validation/validate.js';
import { EXIT_NOT_SENT, EXIT_OK } from './exit.js';
import type { CliIo } from './io.js';
import { formatIssues } from './issues.js';
import { describeJsonError, parseJson, readTextArgument, sourceName } from './json-file.js';
import { toJsonLine, type Outcome } from './outcome.js';

/**
 * Runs `validate`: checks a send body from a JSON file (or `-` for stdin) and lists every issue,
 * exiting 1 when there is any. Text that is not JSON is reported at its line and column. The
 * verdict goes to stdout and the issues to stderr, as with `send`; `--json` puts both on stdout.
 */
export async function runValidate(file: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  const name = sourceName(file);
  const parsed = parseJson(await readTextArgument(file, 'body file', () => io.readStdin()));
  if (!parsed.ok) {
    if (options.json) io.out(toJsonLine({ ok: false, exitCode: EXIT_NOT_SENT, json: { line: parsed.line, column: parsed.column, reason: parsed.reason }, issues: [] }));
    else io.err(`${io.errColour.red('invalid')}: ${describeJsonError(name, parsed)}\n`);
    return EXIT_NOT_SENT;
  }
  const result = validateSendMessageRequest(parsed.value);
  const issues: readonly ValidationIssue[] = result.ok ? [] : result.issues;
  if (options.json) {
    io.out(toJsonLine({ ok: issues.length === 0, exitCode: issues.length === 0 ? EXIT_OK : EXIT_NOT_SENT, issues }));
  } else if (issues.length === 0) {
    io.out(`${io.colour.green('valid')}: ${name}\n`);
  } else {
    io.err(`${io.errColour.red('invalid')}: ${name} (${issues.length} issue${issues.length === 1 ? '' : 's'})\n${formatIssues(issues, io.errColour)}\n`);
  }
  return issues.length === 0 ? EXIT_OK : EXIT_NOT_SENT;
}

/** Adds `validate` to the program. */
export function registerValidate(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('validate')
    .summary('check a send-message body (JSON file) and list every issue')
    .description("Check a send-message request body against the spec and Plivo's rules, without sending it. Exits 0 when valid, 1 listing each issue as \"JSON pointer: message\" (on stderr), or the line and column where the file stops being JSON.")
    .argument('<file>', 'JSON file with the request body, or - for standard input')
    .option('--json', 'print machine-readable JSON on stdout')
    .addHelpText('after', `\nExamples:\n  $ plivo-message validate body.json\n  $ echo '{"src":"14155550100","dst":"14155550123"}' | plivo-message validate -`)
    .action(async (file: string, options: { json?: boolean }) => {
      outcome.exitCode = await runValidate(file, options, io);
    });
}
