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

/** Checks a value against the spec's `MessageStatusCallback` schema. */
export declare const isMessageStatusCallback: SchemaValidator<components['schemas']['MessageStatusCallback']>;
