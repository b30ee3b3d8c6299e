import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenApiDocument, SchemaObject } from '../../scripts/breaking/openapi.js';

/*
 * Pairs of specs for the breaking-change rules: the real bundled spec, and a copy with one edit.
 * Each edit touches fields that exist for reasons outside this suite (the send body's `text`,
 * `method`, `url`, DLT fields, the list query's `limit`), so the pairs follow the spec as it evolves.
 */

/** The committed bundled spec, without the generator's notice. */
export function realSpec(): OpenApiDocument {
  const { 'x-generated': _notice, ...spec } = JSON.parse(readFileSync(join(import.meta.dirname, '../../generated/openapi.json'), 'utf8')) as OpenApiDocument;
  return spec;
}

type Json = Record<string, any>;
const schemas = (spec: OpenApiDocument): Json => (spec.components as Json).schemas;
const send = (spec: OpenApiDocument): Json => schemas(spec).SendMessageRequest;
const listMessages = (spec: OpenApiDocument): Json => (spec.paths as Json)['/v1/Account/{auth_id}/Message/'].get;
const sendMessage = (spec: OpenApiDocument): Json => (spec.paths as Json)['/v1/Account/{auth_id}/Message/'].post;

/** Index of the send body's SMS rule: the `allOf` member whose `then` requires `text` and bounds its length. */
export function smsRuleIndex(spec: OpenApiDocument): number {
  const index = (send(spec).allOf as Json[]).findIndex((member) => (member.then?.required as string[] | undefined)?.includes('text') && member.then?.properties?.text?.maxLength);
  if (index < 0) throw new Error('the SendMessageRequest SMS rule (allOf member requiring text with a maxLength) is gone: update test/release/cases.ts');
  return index;
}

/**
 * One pair: `edit` turns a copy of the real spec into the other side; `reverse` makes the edited copy
 * the old side; `base`, when given, is applied to both sides first (a starting point the spec may lack).
 */
export interface SpecCase {
  name: string;
  base?: (spec: OpenApiDocument) => void;
  edit: (spec: OpenApiDocument) => void;
  reverse?: boolean;
  /** The changes that must be reported, by pointer; `breaking` as classified. */
  expect: { pointer: string; side: 'request' | 'response'; breaking: boolean }[];
}

const SEND = '/components/schemas/SendMessageRequest';

/** Request-side breaking changes: each must be found, and an old request rejected by the new spec shown. */
export const requestBreaks: SpecCase[] = [
  { name: 'a new required field', edit: (s) => send(s).required.push('url'), expect: [{ pointer: `${SEND}/required`, side: 'request', breaking: true }] },
  { name: 'a removed field', edit: (s) => delete send(s).properties.dlt_entity_id, expect: [{ pointer: `${SEND}/properties/dlt_entity_id`, side: 'request', breaking: true }] },
  { name: 'a removed enum value', edit: (s) => (send(s).properties.method.enum = ['POST', null]), expect: [{ pointer: `${SEND}/properties/method/enum`, side: 'request', breaking: true }] },
  { name: 'a narrower type (null no longer accepted)', edit: (s) => (send(s).properties.text.type = 'string'), expect: [{ pointer: `${SEND}/properties/text/type`, side: 'request', breaking: true }] },
  { name: 'a new pattern', edit: (s) => (send(s).properties.dlt_entity_id.pattern = '^[0-9]{19}$'), expect: [{ pointer: `${SEND}/properties/dlt_entity_id/pattern`, side: 'request', breaking: true }] },
  { name: 'a shorter maximum length', base: (s) => (send(s).properties.text.maxLength = 4096), edit: (s) => (send(s).properties.text.maxLength = 100), expect: [{ pointer: `${SEND}/properties/text/maxLength`, side: 'request', breaking: true }] },
  {
    name: 'a shorter maximum length inside a conditional rule',
    edit: (s) => ((send(s).allOf as Json[])[smsRuleIndex(s)]!.then.properties.text.maxLength = 100),
    expect: [{ pointer: `${SEND}/allOf/${smsRuleIndex(realSpec())}/then/properties/text/maxLength`, side: 'request', breaking: true }],
  },
  { name: 'a narrower range on a query parameter', edit: (s) => (schemaOfParameter(s, 'Limit').maximum = 10), expect: [{ pointer: '/components/parameters/Limit/schema/maximum', side: 'request', breaking: true }] },
  {
    name: 'a new additionalProperties: false',
    // The old side is the real (closed) body with the restriction lifted.
    edit: (s) => delete send(s).additionalProperties,
    reverse: true,
    expect: [{ pointer: `${SEND}/additionalProperties`, side: 'request', breaking: true }],
  },
  { name: 'a query parameter that became required', edit: (s) => (parameter(s, 'Offset').required = true), expect: [{ pointer: '/components/parameters/Offset/required', side: 'request', breaking: true }] },
  { name: 'a removed query parameter', edit: (s) => listMessages(s).parameters.splice(0, 1), expect: [{ pointer: '/components/parameters/Limit', side: 'request', breaking: true }] },
];

/** Response- and callback-side breaking changes, and removals: found by the structure alone. */
export const otherBreaks: SpecCase[] = [
  {
    name: 'a new enum value in a response and a callback',
    edit: (s) => schemas(s).MessageState.enum.push('expired'),
    expect: [
      { pointer: '/components/schemas/MessageState/enum', side: 'response', breaking: true },
      // The same enum filters listMessages: there a new value only widens what a request may say.
      { pointer: '/components/schemas/MessageState/enum', side: 'request', breaking: false },
    ],
  },
  { name: 'a response field that became optional', edit: (s) => (schemas(s).Message.required = ['message_uuid', 'message_direction', 'message_type']), expect: [{ pointer: '/components/schemas/Message/required', side: 'response', breaking: true }] },
  { name: 'a callback field that became optional', edit: (s) => (schemas(s).MessageStatusCallback.required = ['MessageUUID']), expect: [{ pointer: '/components/schemas/MessageStatusCallback/required', side: 'response', breaking: true }] },
  { name: 'a response field that became nullable', edit: (s) => (schemas(s).Message.properties.message_uuid.type = ['string', 'null']), expect: [{ pointer: '/components/schemas/Message/properties/message_uuid/type', side: 'response', breaking: true }] },
  { name: 'a removed response field', edit: (s) => delete schemas(s).Message.properties.units, expect: [{ pointer: '/components/schemas/Message/properties/units', side: 'response', breaking: true }] },
  {
    name: 'a removed operation',
    edit: (s) => delete (s.paths as Json)['/v1/Account/{auth_id}/Message/{message_uuid}/Media/'],
    expect: [{ pointer: '/paths/~1v1~1Account~1{auth_id}~1Message~1{message_uuid}~1Media~1/get', side: 'request', breaking: true }],
  },
  {
    name: 'a removed request content type',
    // The old side also took a form body; the real spec takes JSON only.
    edit: (s) => (sendMessage(s).requestBody.content['application/x-www-form-urlencoded'] = { schema: { $ref: '#/components/schemas/SendMessageRequest' } }),
    reverse: true,
    expect: [{ pointer: '/paths/~1v1~1Account~1{auth_id}~1Message~1/post/requestBody/content/application~1x-www-form-urlencoded', side: 'request', breaking: true }],
  },
];

/** Compatible changes: listed or not, never breaking. */
export const compatible: SpecCase[] = [
  { name: 'a new optional field', edit: (s) => (send(s).properties.sender_label = { type: ['string', 'null'], minLength: 1 }), expect: [{ pointer: `${SEND}/properties/sender_label`, side: 'request', breaking: false }] },
  { name: 'a widened enum on a request', edit: (s) => send(s).properties.dlt_template_category.enum.push('government'), expect: [{ pointer: `${SEND}/properties/dlt_template_category/enum`, side: 'request', breaking: false }] },
  {
    name: 'a new operation',
    edit: (s) => ((s.paths as Json)['/v1/Account/{auth_id}/Message/{message_uuid}/Cancel/'] = { post: { operationId: 'cancelMessage', responses: { '204': { description: 'Cancelled.' } } } }),
    expect: [{ pointer: '/paths/~1v1~1Account~1{auth_id}~1Message~1{message_uuid}~1Cancel~1/post', side: 'request', breaking: false }],
  },
  { name: 'a longer maximum length on a request', base: (s) => (send(s).properties.text.maxLength = 4096), edit: (s) => (send(s).properties.text.maxLength = 8192), expect: [{ pointer: `${SEND}/properties/text/maxLength`, side: 'request', breaking: false }] },
  { name: 'a description rewritten', edit: (s) => (send(s).properties.text.description = 'The words to send.'), expect: [] },
  {
    name: 'a nullable reference written inline instead of as oneOf',
    edit: (s) => {
      const template = schemas(s).WhatsAppTemplate as SchemaObject;
      send(s).properties.template = { ...template, type: ['object', 'null'] };
    },
    expect: [],
  },
];

function parameter(spec: OpenApiDocument, name: string): Json {
  return (spec.components as Json).parameters[name];
}
function schemaOfParameter(spec: OpenApiDocument, name: string): Json {
  return parameter(spec, name).schema;
}

/** The old and new documents of a case. */
export function pairOf(specCase: SpecCase): { before: OpenApiDocument; after: OpenApiDocument } {
  const start = (): OpenApiDocument => {
    const spec = realSpec();
    specCase.base?.(spec);
    return spec;
  };
  const edited = start();
  specCase.edit(edited);
  return specCase.reverse ? { before: edited, after: start() } : { before: start(), after: edited };
}
