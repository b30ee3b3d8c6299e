import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../scripts/breaking/diff.js';
import { DocumentValidators } from '../../scripts/breaking/validators.js';
import { findWitness } from '../../scripts/breaking/witness.js';
import { sendBodyArbitrary } from '../support/send-bodies.js';
import { compatible, pairOf, requestBreaks } from './cases.js';

const seeds = { SendMessageRequest: [sendBodyArbitrary] };

describe('check:breaking evidence for request-side breaks', () => {
  describe.each(requestBreaks)('$name', (specCase) => {
    it('finds an old request that the new spec rejects', () => {
      const { before, after } = pairOf(specCase);
      const validators = { before: new DocumentValidators(before), after: new DocumentValidators(after) };
      const change = diffSpecs(before, after).find((found) => found.pointer === specCase.expect[0]!.pointer && found.side === 'request')!;
      expect(change).toBeDefined();
      const evidence = findWitness(before, after, change, validators, { seeds });
      expect(evidence).toMatchObject({ found: true });
      if (!evidence.found) return;
      // Checked again with validators compiled anew, so the verdict does not rest on the search's own ones.
      const target = change.targets.find((t) => t.exchange !== 'responseBody')!;
      const again = { before: new DocumentValidators(before).validator(target)!, after: new DocumentValidators(after).validator(target)! };
      expect(again.before(evidence.value)).toBe(true);
      expect(again.after(evidence.value)).toBe(false);
      expect(evidence.rejectedBecause.length).toBeGreaterThan(0);
    });
  });

  it('finds no such request for a compatible change', () => {
    const { before, after } = pairOf(compatible.find((c) => c.name === 'a widened enum on a request')!);
    const validators = { before: new DocumentValidators(before), after: new DocumentValidators(after) };
    const change = diffSpecs(before, after)[0]!;
    // Classified as compatible; forcing the search anyway must come back empty-handed.
    const evidence = findWitness(before, after, { ...change, breaking: true }, validators, { seeds, runs: 500 });
    expect(evidence.found).toBe(false);
  });
});
