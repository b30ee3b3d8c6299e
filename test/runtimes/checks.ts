// The checks every runtime runs against the installed package. This file imports nothing at run time:
// the entries come in as a parameter, imported by their public names in the consumer folder, so what is
// tested is the packed tarball resolved through its exports map by the runtime (or bundler) itself.
// It uses only what every target offers (fetch, Request, Web Crypto, console), no `node:` modules.
import type * as RootEntry from '../../src/index.js';
import type * as PhoneEntry from '../../src/phone/index.js';
import type * as WebhooksEntry from '../../src/webhooks/index.js';

/** The installed package's runtime entries by subpath ('.', './webhooks', ...), as the consumer imported them. */
export interface InstalledEntries {
  readonly [subpath: string]: unknown;
}

/** Where the checks send: a local server that checks the Basic credentials, and a port nobody listens on. */
export interface CheckTarget {
  apiUrl: string;
  refusedUrl: string;
  authId: string;
  authToken: string;
}

/** One check's outcome; `detail` carries what the host compares per runtime (for example `maybeSent`). */
export interface CheckResult {
  name: CheckName;
  ok: boolean;
  detail?: unknown;
  error?: string;
}

/** The names of the checks, in the order they run; the host expects every one of them in each report. */
export const CHECK_NAMES = [
  'imports every runtime-neutral entry',
  'validateSendMessageRequest accepts a valid body',
  'validateSendMessageRequest names a typo',
  'messages.send reaches a local server with Basic credentials',
  'signCallbackV3 then verifyRequest, a tampered callback refused',
  'parseDestinations',
  'countSegments',
  'sendBulk',
  'a refused connection',
  'a redirect is not followed',
  'createPlivoClient without credentials names the missing options',
] as const;

/** A check's name. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** What sendBulk is given: 1,500 unique numbers (two requests), one repeated, one invalid. */
export const BULK_UNIQUE = 1_500;

class CheckFailed extends Error {}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

function entry<T>(entries: InstalledEntries, subpath: string): T {
  const value = entries[subpath];
  assert(value !== null && typeof value === 'object', `the entry ${subpath} was not imported`);
  return value as T;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

const SMS = { src: '14155550100', dst: '14155550123', text: 'Your order shipped.' };

/**
 * Runs every check and reports each one; a failing check never stops the others, so one run of a
 * runtime shows everything that breaks there.
 */
export async function runChecks(entries: InstalledEntries, target: CheckTarget): Promise<CheckResult[]> {
  const root = entry<typeof RootEntry>(entries, '.');
  const webhooks = entry<typeof WebhooksEntry>(entries, './webhooks');
  const phone = entry<typeof PhoneEntry>(entries, './phone');
  const client = () => root.createPlivoClient({ authId: target.authId, authToken: target.authToken, baseUrl: target.apiUrl, maxRetries: 0 });

  const checks: Record<CheckName, () => unknown> = {
    'imports every runtime-neutral entry': () => {
      for (const [subpath, value] of Object.entries(entries)) assert(value !== null && typeof value === 'object', `${subpath} is not a module`);
      assert(typeof root.createPlivoClient === 'function' && typeof webhooks.verifyRequest === 'function', 'the root or ./webhooks lacks its functions');
      return Object.keys(entries).sort();
    },

    'validateSendMessageRequest accepts a valid body': () => {
      const result = root.validateSendMessageRequest(SMS);
      assert(result.ok, `a valid SMS body was refused: ${JSON.stringify(result)}`);
      return result.ok;
    },

    'validateSendMessageRequest names a typo': () => {
      const result = root.validateSendMessageRequest({ ...SMS, type: 'mms', media_url: 'https://example.com/a.png' });
      assert(!result.ok, 'a body with media_url (for media_urls) passed');
      const issue = result.issues.find((i) => i.path === '/media_url');
      assert(issue?.message.includes('media_urls'), `no issue at /media_url suggesting media_urls: ${JSON.stringify(result.issues)}`);
      return issue;
    },

    'messages.send reaches a local server with Basic credentials': async () => {
      const sent = await client().messages.send(SMS);
      assert(sent.message_uuid.length === 1, `expected one message UUID, got ${JSON.stringify(sent)}`);
      const wrongToken = root.createPlivoClient({ authId: target.authId, authToken: `${target.authToken}-wrong`, baseUrl: target.apiUrl, maxRetries: 0 });
      const refused = await wrongToken.messages.send(SMS).then(
        () => undefined,
        (error: unknown) => error,
      );
      assert(refused instanceof root.PlivoAuthError, `a wrong token was not refused with PlivoAuthError: ${describeError(refused)}`);
      assert(!refused.message.includes(target.authToken), 'the error quotes the auth token');
      return { messageUuid: sent.message_uuid[0], wrongToken: refused.name };
    },

    'signCallbackV3 then verifyRequest, a tampered callback refused': async () => {
      const url = `${target.apiUrl}/plivo/status`;
      const fields = { MessageUUID: 'db3ce55a-7f1d-11e1-8ea7-1231380bc196', Status: 'delivered', Units: '1', ErrorCode: '000' };
      const nonce = '31627761595286130198';
      const signature = await webhooks.signCallbackV3({ url, method: 'POST', params: fields, nonce, authToken: target.authToken });
      const request = (body: Record<string, string>) =>
        new Request(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Plivo-Signature-V3': signature, 'X-Plivo-Signature-V3-Nonce': nonce },
          body: new URLSearchParams(body).toString(),
        });
      const verified = await webhooks.verifyRequest(request(fields), { authToken: target.authToken });
      assert(verified.ok && verified.callback.Status === 'delivered', `a correctly signed callback was refused: ${JSON.stringify(verified)}`);
      const tampered = await webhooks.verifyRequest(request({ ...fields, Status: 'failed' }), { authToken: target.authToken });
      assert(!tampered.ok && tampered.error.code === 'invalid_signature', `a tampered callback was not refused: ${JSON.stringify(tampered)}`);
      return { verified: verified.signatureVersion, tampered: tampered.error.code };
    },

    parseDestinations: () => {
      const parsed = phone.parseDestinations(['+1 (415) 555-0123', '14155550123', '07700 900123']);
      assert(parsed.dst === '14155550123' && parsed.duplicates.length === 1 && parsed.invalid.length === 1, `unexpected: ${JSON.stringify(parsed)}`);
      assert(phone.parseDestinations('07700 900123', { defaultCountry: 'GB' }).dst === '447700900123', 'defaultCountry GB was not applied');
      return parsed.dst;
    },

    countSegments: () => {
      const gsm = root.countSegments('Order #4821 has shipped.');
      const ucs2 = root.countSegments('It’s here');
      assert(gsm.encoding === 'GSM-7' && gsm.segments === 1, `GSM-7 text counted as ${JSON.stringify(gsm)}`);
      assert(ucs2.encoding === 'UCS-2' && ucs2.unicodeCharacters.includes('’'), `UCS-2 text counted as ${JSON.stringify(ucs2)}`);
      return [gsm.encoding, ucs2.encoding];
    },

    sendBulk: async () => {
      const numbers = Array.from({ length: BULK_UNIQUE }, (_, i) => `1415${String(5_000_000 + i)}`);
      const result = await root.sendBulk(client(), { src: '14155550100', dst: [...numbers, numbers[0] ?? '', 'abc'], text: 'Store closes at 6' });
      assert(result.failed.length === 0, `requests failed: ${result.failed.map((f) => describeError(f.error)).join('; ')}`);
      assert(result.acceptedRecipients === BULK_UNIQUE, `accepted ${result.acceptedRecipients} of ${BULK_UNIQUE}`);
      assert(result.duplicates.length === 1 && result.invalid.length === 1, `duplicates ${JSON.stringify(result.duplicates)}, invalid ${JSON.stringify(result.invalid)}`);
      return { requests: result.accepted.length, acceptedRecipients: result.acceptedRecipients };
    },

    'a refused connection': async () => {
      const plivo = root.createPlivoClient({ authId: target.authId, authToken: target.authToken, baseUrl: target.refusedUrl, maxRetries: 0 });
      const error = await plivo.messages.send(SMS).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert(error instanceof root.PlivoConnectionError, `expected PlivoConnectionError, got ${describeError(error)}`);
      assert(!error.message.includes(target.authToken), 'the error quotes the auth token');
      return { maybeSent: error.maybeSent, message: error.message };
    },

    'a redirect is not followed': async () => {
      // The local server answers 307 on this path, pointing at its real send path on the same origin.
      const plivo = root.createPlivoClient({ authId: target.authId, authToken: target.authToken, baseUrl: `${target.apiUrl}/redirect`, maxRetries: 0 });
      const error = await plivo.messages.send(SMS).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert(error instanceof root.PlivoError, `expected a PlivoError, got ${error === undefined ? 'a sent message: the redirect was followed' : describeError(error)}`);
      return { name: error.name, maybeSent: (error as { maybeSent?: unknown }).maybeSent };
    },

    'createPlivoClient without credentials names the missing options': () => {
      let thrown: unknown;
      try {
        root.createPlivoClient();
      } catch (error) {
        thrown = error;
      }
      assert(thrown instanceof root.PlivoError, `expected PlivoError, got ${thrown === undefined ? 'no error' : describeError(thrown)}`);
      assert(thrown.message.includes('authId') && thrown.message.includes('authToken'), `the message does not name authId and authToken: ${thrown.message}`);
      return thrown.message;
    },
  };

  const results: CheckResult[] = [];
  for (const name of CHECK_NAMES) {
    try {
      results.push({ name, ok: true, detail: await checks[name]() });
    } catch (error) {
      results.push({ name, ok: false, error: error instanceof CheckFailed ? error.message : `threw ${describeError(error)}` });
    }
  }
  return results;
}
