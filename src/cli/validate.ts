import type { Command } from 'commander';
import type { ValidationIssue } from '../errors.js';
import { validateSendMessageRequest } from '../validation/validate.js';
import { EXIT_FAILURE, EXIT_OK } from './exit.js';
import type { CliIo } from './io.js';
import { formatIssues } from './issues.js';
import { parseJson, readTextArgument } from './json-file.js';
import { toJsonLine, type Outcome } from './outcome.js';

/**
 * Runs `validate`: checks a send body from a JSON file (or `-` for stdin) and lists every issue,
 * exiting 1 when there is any. Text that is not JSON counts as an invalid body.
 */
export async function runValidate(file: string, options: { json?: boolean }, io: CliIo): Promise<number> {
  const parsed = parseJson(await readTextArgument(file, 'body file', () => io.readStdin()));
  let issues: ValidationIssue[];
  if (!parsed.ok) {
    issues = [{ path: '', message: `is not valid JSON: ${parsed.reason}` }];
  } else {
    const result = validateSendMessageRequest(parsed.value);
    issues = result.ok ? [] : result.issues;
  }

  if (options.json) {
    io.out(toJsonLine({ ok: issues.length === 0, issues }));
  } else if (issues.length === 0) {
    io.out(`${io.colour.green('valid')}: ${file}\n`);
  } else {
    io.out(`${io.colour.red('invalid')}: ${file} (${issues.length} issue${issues.length === 1 ? '' : 's'})\n${formatIssues(issues, io.colour)}\n`);
  }
  return issues.length === 0 ? EXIT_OK : EXIT_FAILURE;
}

/** Adds `validate` to the program. */
export function registerValidate(program: Command, io: CliIo, outcome: Outcome): Command {
  return program
    .command('validate')
    .summary('check a send-message body (JSON file) and list every issue')
    .description('Check a send-message request body against the spec and Plivo\'s rules, without sending it.\nExits 0 when valid, 1 listing each issue as "JSON pointer: message".')
    .argument('<file>', 'JSON file with the request body, or - for standard input')
    .option('--json', 'print machine-readable JSON on stdout')
    .addHelpText('after', '\nExamples:\n  $ plivo-message validate body.json\n  $ echo \'{"src":"14155550100","dst":"14155550123"}\' | plivo-message validate -')
    .action(async (file: string, options: { json?: boolean }) => {
      outcome.exitCode = await runValidate(file, options, io);
    });
}
