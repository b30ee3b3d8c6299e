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
/** Checks a value against the spec's `WhatsAppTemplate` schema. */
export declare const isWhatsAppTemplate: SchemaValidator<components['schemas']['WhatsAppTemplate']>;
/** Checks a value against the spec's `WhatsAppInteractive` schema. */
export declare const isWhatsAppInteractive: SchemaValidator<components['schemas']['WhatsAppInteractive']>;
/** Checks a value against the spec's `WhatsAppLocation` schema. */
export declare const isWhatsAppLocation: SchemaValidator<components['schemas']['WhatsAppLocation']>;
/** Checks a value against the spec's `SendMessageResponse` schema. */
export declare const isSendMessageResponse: SchemaValidator<components['schemas']['SendMessageResponse']>;
/** Checks a value against the spec's `Message` schema. */
export declare const isMessage: SchemaValidator<components['schemas']['Message']>;
/** Checks a value against the spec's `MessageList` schema. */
export declare const isMessageList: SchemaValidator<components['schemas']['MessageList']>;
/** Checks a value against the spec's `MessageMediaList` schema. */
export declare const isMessageMediaList: SchemaValidator<components['schemas']['MessageMediaList']>;
/** Checks a value against the spec's `Error` schema. */
export declare const isErrorBody: SchemaValidator<components['schemas']['Error']>;
/** Checks a value against the spec's `MessageStatusCallback` schema. */
export declare const isMessageStatusCallback: SchemaValidator<components['schemas']['MessageStatusCallback']>;
/** Checks a value against the spec's `ListMessagesQuery` schema. */
export declare const isListMessagesQuery: SchemaValidator<NonNullable<operations['listMessages']['parameters']['query']>>;
