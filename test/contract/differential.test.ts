import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { isSendMessageRequest } from '../../generated/validators.js';
import { mapConcurrent, postToPrism } from '../support/prism-request.js';
import { sendBodyArbitrary } from '../support/send-bodies.js';

const BODIES = 1200;
const SEED = 20261123;
// Prism is one process; more requests in flight only queue up inside it.
const IN_FLIGHT = 8;

describe('Prism vs the generated schema validator', () => {
  it(`agree on accept/reject for ${BODIES} generated send bodies`, async () => {
    const bodies = fc.sample(sendBodyArbitrary, { numRuns: BODIES, seed: SEED });
    const prismUrl = inject('prismUrl');
    const answers = await mapConcurrent(bodies, IN_FLIGHT, (body) => postToPrism(prismUrl, body));

    const counts = { accepted: 0, rejected: 0, disagreements: 0 };
    const disagreements: Array<{ body: unknown; prism: string; ajv: string }> = [];
    bodies.forEach((body, index) => {
      const prism = answers[index]!;
      const ajvAccepts = isSendMessageRequest(body);
      counts[prism.rejected ? 'rejected' : 'accepted'] += 1;
      if (ajvAccepts === prism.rejected) {
        counts.disagreements += 1;
        disagreements.push({
          body,
          prism: `${prism.status} ${prism.violations.map((v) => `${v.location.join('.')}: ${v.message}`).join('; ')}`,
          ajv: ajvAccepts ? 'accepted' : (isSendMessageRequest.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`).join('; '),
        });
      }
    });
    console.log(`Prism vs isSendMessageRequest on ${BODIES} bodies (seed ${SEED}): ${counts.accepted} accepted, ${counts.rejected} rejected, ${counts.disagreements} disagreements`);

    expect(disagreements.slice(0, 5), JSON.stringify(disagreements.slice(0, 5), null, 2)).toEqual([]);
    expect(counts.disagreements).toBe(0);
    // Both verdicts must be well represented, or agreement proves little.
    expect(counts.accepted).toBeGreaterThan(200);
    expect(counts.rejected).toBeGreaterThan(200);
    // Prism answers an invalid body with the declared 400, never with anything else.
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set([202, 400]));
    // 1,200 round trips through one Prism process: a few seconds alone, far more on a busy machine.
  }, 180_000);
});
