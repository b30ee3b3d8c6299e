import { describe, expect, it } from 'vitest';
import { createPrinter } from '../../scripts/demo/printer.js';
import { showSimulator } from '../../scripts/demo/simulator.js';

describe('the demo\'s simulator section', () => {
  it('shows three status callbacks verified by a local receiver and the message read back as delivered', async () => {
    let out = '';
    const code = await showSimulator(createPrinter((text) => (out += text)));
    expect(code).toBe(0);
    expect(out).toMatch(/Send +HTTP 202, message_uuid [0-9a-f-]{36}\n/);
    for (const [status, sequence] of [['queued', 1], ['sent', 2], ['delivered', 3]] as const) {
      expect(out).toMatch(new RegExp(`Callback +POST /plivo/status  Status=${status} Sequence=${sequence}.*V3 signature verified`));
    }
    expect(out).toMatch(/Read back +messages\.get: message_state delivered/);
    expect(out).not.toContain('refused');
  });
});
