// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
export { isMessageStatusCallback } from './validators.js';
export const MESSAGE_STATUS_CALLBACK_FIELDS = ["ConversationExpirationTimestamp","ConversationID","ConversationOrigin","DeliveryReportTime","ErrorCode","From","MCC","MNC","MessageTime","MessageUUID","ParentMessageUUID","PartInfo","PowerpackUUID","QueuedTime","SentTime","Sequence","Status","To","TotalAmount","TotalRate","Type","Units","requester_ip"];
