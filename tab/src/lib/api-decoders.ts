import type { ApiErrorBody, CurrentUser, MeResponse, Role } from './api-types';
import { roles } from './api-types';

/**
 * Runtime checks for what the server sends. A response that does not match is a bug on one side
 * or the other; catching it here turns a confusing crash deep in a component into a clear error.
 * Each decoder returns the typed value or undefined.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

function decodeUser(value: unknown): CurrentUser | undefined {
  if (!isObject(value)) return undefined;
  const { id, tenantId, aadObjectId, displayName } = value;
  if (
    typeof id !== 'string' ||
    typeof tenantId !== 'string' ||
    typeof aadObjectId !== 'string' ||
    typeof displayName !== 'string'
  ) {
    return undefined;
  }
  return { id, tenantId, aadObjectId, displayName };
}

/** `GET /api/me`. Unknown roles (added on the server later) are ignored, not fatal. */
export function decodeMeResponse(value: unknown): MeResponse | undefined {
  if (!isObject(value) || !Array.isArray(value['roles'])) return undefined;
  const user = decodeUser(value['user']);
  const devMode = value['devMode'];
  if (user === undefined || typeof devMode !== 'boolean') return undefined;
  return { user, roles: value['roles'].filter(isRole), devMode };
}

/** The `{ error: { code, message } }` body of a failed call. */
export function decodeApiErrorBody(value: unknown): ApiErrorBody | undefined {
  if (!isObject(value) || !isObject(value['error'])) return undefined;
  const { code, message, fields } = value['error'];
  if (typeof code !== 'string' || typeof message !== 'string' || message.trim() === '') {
    return undefined;
  }
  if (!isObject(fields)) return { error: { code, message } };
  const named = Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return { error: { code, message, fields: named } };
}
