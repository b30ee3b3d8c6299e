// Generated from spec/ by `npm run generate`. Do not edit: change the spec and regenerate.
export { isMessageStatusCallback } from './validators.js';
