import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../scripts/breaking/diff.js';
import { compatible, otherBreaks, pairOf, realSpec, requestBreaks } from './cases.js';

describe('check:breaking structural rules', () => {
  it('finds nothing between the spec and itself', () => {
    expect(diffSpecs(realSpec(), realSpec())).toEqual([]);
  });

  describe.each([...requestBreaks, ...otherBreaks])('$name', (specCase) => {
    it('is reported as breaking with its pointer, and nothing unrelated breaks', () => {
      const { before, after } = pairOf(specCase);
      const changes = diffSpecs(before, after);
      for (const expected of specCase.expect) {
        expect(changes.map(({ pointer, side, breaking }) => ({ pointer, side, breaking }))).toContainEqual(expected);
      }
      const expectedBreaks = new Set(specCase.expect.filter((e) => e.breaking).map((e) => `${e.side} ${e.pointer}`));
      expect(changes.filter((change) => change.breaking).map((change) => `${change.side} ${change.pointer}`).filter((key) => !expectedBreaks.has(key))).toEqual([]);
    });
  });

  describe.each(compatible)('$name', (specCase) => {
    it('is not breaking', () => {
      const { before, after } = pairOf(specCase);
      const changes = diffSpecs(before, after);
      expect(changes.filter((change) => change.breaking)).toEqual([]);
      expect(changes.map(({ pointer, side, breaking }) => ({ pointer, side, breaking }))).toEqual(specCase.expect);
    });
  });

  it('names every place a shared schema travels', () => {
    const { before, after } = pairOf(otherBreaks[0]!);
    const response = diffSpecs(before, after).find((change) => change.side === 'response')!;
    const labels = response.targets.map((target) => `${target.operation.label} ${target.instancePath}`);
    expect(labels).toEqual(
      expect.arrayContaining([
        'GET /v1/Account/{auth_id}/Message/ (listMessages) /objects/0/message_state',
        'GET /v1/Account/{auth_id}/Message/{message_uuid}/ (getMessage) /message_state',
        expect.stringMatching(/^webhook messageStatus POST\b.* \/Status$/),
      ]),
    );
  });
});
