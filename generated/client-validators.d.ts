// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
import type { components, operations } from './schema.js';

/** One schema violation, as ajv reports it. `instancePath` is a JSON pointer to the offending value. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A precompiled validator: a type guard that leaves every violation in `errors` when it returns false. */
export interface SchemaValidator<T> {
  (data: unknown): data is T;
  errors?: SchemaError[] | null;
}

/** Checks a value against the spec's `SendMessageRequest` schema. */
export declare const isSendMessageRequest: SchemaValidator<components['schemas']['SendMessageRequest']>;
/** Checks a value against the spec's `ListMessagesQuery` schema. */
export declare const isListMessagesQuery: SchemaValidator<NonNullable<operations['listMessages']['parameters']['query']>>;
/** The names of the send body's fields, sorted. */
export declare const SEND_MESSAGE_REQUEST_FIELDS: readonly string[];
