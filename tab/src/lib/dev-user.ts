import { readRememberedParam } from './session-params';

/** Header the server reads, in development mode only, to act as another user. */
export const devUserHeader = 'X-Dev-User';

/** An Entra (AAD) object id: a GUID. */
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For development and browser tests outside Teams: `?devUser=<aadObjectId>` picks who the
 * server's development identity is, remembered for the browser tab's session.
 */
export function getDevUser(): string | undefined {
  return readRememberedParam('devUser', (value) => guidPattern.test(value));
}
