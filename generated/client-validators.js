// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
export { isSendMessageRequest, isListMessagesQuery } from './validators.js';
export const SEND_MESSAGE_REQUEST_FIELDS = ["dlt_entity_id","dlt_template_category","dlt_template_id","dst","interactive","location","log","media_ids","media_urls","message_expiry","method","powerpackUUID","powerpack_uuid","src","template","text","trackable","type","url"];
