import type { IssueWording } from '../validation/schema-issues.js';

/** How issues with a status callback's fields are worded. */
export const CALLBACK_WORDING: IssueWording = {
  patterns: { '^[0-9]*$': 'a string of digits' },
};
