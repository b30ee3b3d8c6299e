import { createRequire } from 'node:module';
import { Bench, type Task } from 'tinybench';
import { INTERACTIVE_BODY, MMS_BODY, SMS_BODY, TEMPLATE, TEMPLATE_BODY } from './bodies.js';
import { rootUrl } from './env.js';

type Root = typeof import('../../src/index.js');
type ClientValidators = typeof import('../../generated/client-validators.js');
type SendRules = typeof import('../../src/validation/send-rules.js');

/** The official SDK's field validator (plivo/dist/utils/common.js), as `messages.create` calls it. */
type SdkValidate = (fields: { field: string; value: unknown; validators: string[] }[]) => false | Promise<never>;

export interface ValidationResult {
  /** Mean ns per call, by task name. */
  nsPerOp: Record<string, number>;
  /** SDK template check time / ours on the whole template body. */
  templateRatio: number;
  /** SDK Joi template schema alone / ours. */
  joiOnlyRatio: number;
}

/**
 * Calls per timed sample. tinybench reads the clock around every sample, which costs about as much
 * as validating a small body; repeating the call inside the sample, for every task alike, keeps the
 * clock's cost out of the per-call figure.
 */
const CALLS_PER_SAMPLE = 20;

function nsPerOp(task: Task | undefined): number {
  const result = task?.result;
  if (!result || !('latency' in result)) throw new Error(`${task?.name ?? 'a task'} did not complete: ${result?.state ?? 'no result'}`);
  return (result.latency.mean * 1e6) / CALLS_PER_SAMPLE;
}

/** A task body that makes {@link CALLS_PER_SAMPLE} calls of `call`. */
function repeated(call: () => void): () => void {
  return () => {
    for (let i = 0; i < CALLS_PER_SAMPLE; i += 1) call();
  };
}

/**
 * Ours: the whole send body through the generated schema validator and the extra rules. SDK: the
 * exact call `messages.create` makes for a template (`validate([{ ..., validators: ['isTemplate'] }])`,
 * Joi underneath), which looks at the template only. Both must accept the body, or the comparison
 * would time error paths.
 */
export async function benchValidation(): Promise<ValidationResult> {
  const root = (await import(rootUrl('dist/src/index.js'))) as Root;
  // The two halves of validateSendMessageRequest, timed apart to show where its time goes.
  const { isSendMessageRequest } = (await import(rootUrl('dist/generated/client-validators.js'))) as ClientValidators;
  // The rules are bundled into the built entry, so time them from the sources (the same code).
  const { sendBodyRuleIssues } = (await import('../../src/validation/send-rules.js')) as SendRules;
  const require = createRequire(import.meta.url);
  const { validate } = require('plivo/dist/utils/common.js') as { validate: SdkValidate };
  const { validateTemplate } = require('plivo/dist/utils/template.js') as { validateTemplate: (t: unknown) => { error?: unknown } };
  const sdkTemplateCheck = () => validate([{ field: 'template', value: TEMPLATE, validators: ['isTemplate'] }]);

  for (const body of [TEMPLATE_BODY, SMS_BODY, MMS_BODY, INTERACTIVE_BODY]) {
    const result = root.validateSendMessageRequest(body);
    if (!result.ok) throw new Error(`bench body rejected: ${JSON.stringify(result.issues)}`);
  }
  if (sdkTemplateCheck() !== false || validateTemplate(TEMPLATE).error) throw new Error('the SDK rejects the bench template');

  // A sink the optimiser cannot prove unused, so no call is eliminated as dead code.
  let sink = 0;
  const bench = new Bench({ time: 1000, warmupTime: 300 });
  bench
    .add('ours: template body', repeated(() => {
      sink += root.validateSendMessageRequest(TEMPLATE_BODY).ok ? 1 : 0;
    }))
    .add('ours: template body, schema only', repeated(() => {
      sink += isSendMessageRequest(TEMPLATE_BODY) ? 1 : 0;
    }))
    .add('ours: template body, rules only', repeated(() => {
      sink += sendBodyRuleIssues(TEMPLATE_BODY).length === 0 ? 1 : 0;
    }))
    .add('sdk: validate isTemplate', repeated(() => {
      sink += sdkTemplateCheck() === false ? 1 : 0;
    }))
    .add('sdk: Joi template schema alone', repeated(() => {
      sink += validateTemplate(TEMPLATE).error ? 0 : 1;
    }))
    .add('ours: sms body', repeated(() => {
      sink += root.validateSendMessageRequest(SMS_BODY).ok ? 1 : 0;
    }))
    .add('ours: sms body, schema only', repeated(() => {
      sink += isSendMessageRequest(SMS_BODY) ? 1 : 0;
    }))
    .add('ours: sms body, rules only', repeated(() => {
      sink += sendBodyRuleIssues(SMS_BODY).length === 0 ? 1 : 0;
    }))
    .add('ours: mms body', repeated(() => {
      sink += root.validateSendMessageRequest(MMS_BODY).ok ? 1 : 0;
    }))
    .add('ours: interactive body', repeated(() => {
      sink += root.validateSendMessageRequest(INTERACTIVE_BODY).ok ? 1 : 0;
    }));
  await bench.run();
  if (sink === 0) throw new Error('nothing ran');

  const ns = Object.fromEntries(bench.tasks.map((task) => [task.name, nsPerOp(task)]));
  const get = (name: string) => {
    const value = ns[name];
    if (value === undefined) throw new Error(`missing ${name}`);
    return value;
  };
  return {
    nsPerOp: ns,
    templateRatio: get('sdk: validate isTemplate') / get('ours: template body'),
    joiOnlyRatio: get('sdk: Joi template schema alone') / get('ours: template body'),
  };
}
