import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseMessageStatusCallback } from '../../../src/webhooks/index.js';
import type { CallbackIssue, MessageStatus, MessageStatusCallback } from '../../../src/webhooks/index.js';
import { loadExamples } from '../../support/spec-examples.js';

// The spec's own example callback: the parser must take what the spec documents.
const fields = loadExamples('callback-delivered')[0]!.value as Record<string, string>;
const body = new URLSearchParams(fields).toString();
const allowed = ['queued', 'sent', 'failed', 'delivered', 'undelivered', 'read', 'rejected', 'received', 'deleted'];

function issuesOf(result: ReturnType<typeof parseMessageStatusCallback>): CallbackIssue[] {
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('parseMessageStatusCallback', () => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const inputs = {
    URLSearchParams: new URLSearchParams(fields),
    FormData: form,
    record: { ...fields },
    'urlencoded body': body,
    'query string with ?': `?${body}`,
  };

  for (const [kind, input] of Object.entries(inputs)) {
    it(`parses a ${kind}`, () => {
      expect(parseMessageStatusCallback(input)).toEqual({ ok: true, value: fields });
    });
  }

  it('keeps numbers as the strings Plivo sent, leading zeros included', () => {
    const result = parseMessageStatusCallback(body);
    if (!result.ok) throw new Error('expected a callback');
    expect(result.value.MNC).toBe('004');
    expect(result.value.ErrorCode).toBe('000');
    expect(Number(result.value.Units)).toBe(1);
  });

  it('decodes form encoding, + as space included', () => {
    const result = parseMessageStatusCallback('MessageUUID=a&Status=sent&MessageTime=2024-08-21+12%3A58%3A47.123456');
    expect(result.ok && result.value.MessageTime).toBe('2024-08-21 12:58:47.123456');
  });

  it('keeps fields the schema does not list', () => {
    const result = parseMessageStatusCallback({ MessageUUID: 'a', Status: 'read', NewField: 'x' });
    expect(result.ok && result.value['NewField']).toBe('x');
  });

  it('reports an unknown Status at /Status, naming the allowed values', () => {
    const issues = issuesOf(parseMessageStatusCallback({ ...fields, Status: 'bounced' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('/Status');
    for (const status of allowed) expect(issues[0]?.message).toContain(`"${status}"`);
  });

  it('reports a missing MessageUUID at /MessageUUID', () => {
    const { MessageUUID: _omitted, ...rest } = fields;
    expect(issuesOf(parseMessageStatusCallback(rest))).toEqual([{ path: '/MessageUUID', message: 'is required' }]);
  });

  it('reports every issue at once', () => {
    const issues = issuesOf(parseMessageStatusCallback('MessageUUID=&Units=one&Type=fax&ConversationOrigin=x'));
    expect(issues.map((issue) => issue.path).sort()).toEqual(['/ConversationOrigin', '/MessageUUID', '/Status', '/Type', '/Units']);
    expect(issues.find((issue) => issue.path === '/Units')?.message).toBe('must be a string of digits (got "one")');
    expect(issues.find((issue) => issue.path === '/MessageUUID')?.message).toBe('must not be empty (got "")');
    expect(issues.find((issue) => issue.path === '/Type')?.message).toBe('must be one of "sms", "mms", "whatsapp" (got "fax")');
  });

  it('reports non-string values from untyped callers', () => {
    const untyped = { MessageUUID: 'a', Status: 'sent', Units: ['1', '2'] } as unknown as Record<string, string>;
    expect(issuesOf(parseMessageStatusCallback(untyped))).toEqual([{ path: '/Units', message: 'must be a string (got an array of 2 items)' }]);
  });

  it('reports a file in a FormData', () => {
    const withFile = new FormData();
    withFile.append('MessageUUID', 'a');
    withFile.append('Status', 'sent');
    withFile.append('Attachment', new Blob(['x']), 'x.txt');
    expect(issuesOf(parseMessageStatusCallback(withFile))).toEqual([{ path: '/Attachment', message: 'must be a text field, not a file' }]);
  });

  it('takes the first value of a repeated field', () => {
    const result = parseMessageStatusCallback('MessageUUID=a&Status=sent&Status=delivered');
    expect(result.ok && result.value.Status).toBe('sent');
  });

  it('keeps a field named __proto__ as a plain field', () => {
    const result = parseMessageStatusCallback('MessageUUID=a&Status=sent&__proto__=x');
    if (!result.ok) throw new Error('expected a callback');
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(result.value, '__proto__')?.value).toBe('x');
  });

  it('types the callback from the spec', () => {
    expectTypeOf<MessageStatus>().toEqualTypeOf<MessageStatusCallback['Status']>();
    expectTypeOf<MessageStatusCallback['Units']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<'delivered'>().toExtend<MessageStatus>();
  });
});
