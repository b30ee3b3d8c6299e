import type { IssueWording } from './schema-issues.js';

/** How issues with the filters of a message list are worded. */
export const LIST_QUERY_WORDING: IssueWording = {
  patterns: {
    '^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,6})?)?$': 'a UTC time like "2024-05-01 10:00:00", with seconds and up to 6 decimals optional',
    '^SA[A-Z0-9]{18}$': 'a subaccount auth ID: SA followed by 18 capital letters or digits',
    '^[0-9]+$': 'digits only, e.g. "30"',
    '^[A-Z]{2}$': 'a two-letter ISO 3166 country code in capitals, such as "US"',
  },
};
