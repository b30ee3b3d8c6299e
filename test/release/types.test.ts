import { describe, expect, it } from 'vitest';
import { typeWitness } from '../../scripts/breaking/type-witness.js';
import { compatible, otherBreaks, pairOf, realSpec, requestBreaks } from './cases.js';

const edited = (...names: string[]) => {
  const cases = [...requestBreaks, ...otherBreaks, ...compatible].filter((specCase) => names.includes(specCase.name));
  expect(cases).toHaveLength(names.length);
  const after = realSpec();
  for (const specCase of cases) specCase.edit(after);
  return after;
};

describe('check:breaking type witness', () => {
  it('fails the old request type of a body with a new required field, and the payloads that gained an enum value', async () => {
    const witness = await typeWitness(realSpec(), edited('a new required field', 'a new enum value in a response and a callback'));
    expect(witness.unavailable).toBeUndefined();
    const failing = witness.checks.filter((check) => !check.ok).map((check) => `${check.direction}: ${check.label}`);
    expect(failing).toEqual(
      expect.arrayContaining([
        'old request → new: request body of POST /v1/Account/{auth_id}/Message/ (sendMessage), application/json',
        'new payload → old: response 200 of GET /v1/Account/{auth_id}/Message/{message_uuid}/ (getMessage), application/json',
        expect.stringMatching(/^new payload → old: request body of webhook messageStatus POST\b.*, application\/x-www-form-urlencoded$/),
      ]),
    );
    // The list query filters by state too, but a wider filter type still accepts every old query.
    expect(failing.filter((label) => label.includes('query parameters'))).toEqual([]);
  });

  it('passes every assignment for compatible changes', async () => {
    const { before } = pairOf(compatible[0]!);
    const witness = await typeWitness(before, edited('a new optional field', 'a widened enum on a request', 'a new operation'));
    expect(witness.unavailable).toBeUndefined();
    expect(witness.checks.length).toBeGreaterThan(10);
    expect(witness.checks.filter((check) => !check.ok)).toEqual([]);
  });
});
