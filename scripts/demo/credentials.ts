/** Any 20-character MA… auth ID passes the client's check and the mock's Basic auth. */
export const DEMO_AUTH_ID = 'MAXXXXXXXXXXXXXXXXXX';
/** The mock accepts any token; it is never printed. */
export const DEMO_AUTH_TOKEN = 'demo-token';
