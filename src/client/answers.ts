import { PlivoResponseError, type PlivoOperation, type PlivoResponseProblem } from '../errors.js';
import { redactHeaders } from '../redact.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The least each 2xx answer must hold for its TypeScript type to be true of it. Checked by hand
 * rather than with a compiled response schema: these few fields are what callers read, and a
 * response validator would weigh more in every bundle than the whole send path.
 */
const SHAPES: Record<PlivoOperation, (value: unknown) => boolean> = {
  sendMessage: (value) => isObject(value) && typeof value.api_id === 'string' && isStringArray(value.message_uuid),
  getMessage: (value) => isObject(value) && typeof value.message_uuid === 'string',
  listMessages: (value) => isObject(value) && Array.isArray(value.objects) && value.objects.every(isObject) && isObject(value.meta),
  listMessageMedia: (value) => isObject(value) && Array.isArray(value.objects),
};

// Found in text that is not JSON (or not whole), so that support can still trace the request.
const API_ID = /"api_id"\s*:\s*"([^"\\]{1,100})"/;

/**
 * The documented JSON of a 2xx answer, or a PlivoResponseError saying what was wrong with it. The
 * error never quotes the body: it may hold anything, the token included.
 */
export function parseAnswer<T>(operation: PlivoOperation, response: Response, text: string | undefined, redact: (text: string) => string): T {
  const fail = (problem: PlivoResponseProblem, apiId: string | undefined) =>
    new PlivoResponseError({ status: response.status, operation, problem, headers: redactHeaders(response.headers, redact), apiId: apiId === undefined ? undefined : redact(apiId) });
  if (text === undefined || text.trim() === '') throw fail('empty', undefined);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // No cause: the SyntaxError's message quotes the body.
    throw fail('invalid_json', API_ID.exec(text)?.[1]);
  }
  if (!SHAPES[operation](value)) {
    throw fail('unexpected_shape', isObject(value) && typeof value.api_id === 'string' ? value.api_id : undefined);
  }
  return value as T;
}
