import type { ApiClient } from '../../lib/api-client';
import { rangeQuery, type DateRange } from '../insights/range';
import { decodeMyActivity, decodeMyDepartment, decodeSavedDepartment } from './decoders';
import type { MyActivity } from './types';

/** `GET /api/me/activity` (src/server/routes/insights.ts): the signed-in person's own figures only. */
export function fetchMyActivity(client: ApiClient, range: DateRange, signal?: AbortSignal): Promise<MyActivity> {
  return client.get(`/api/me/activity?${rangeQuery(range)}`, decodeMyActivity, signal);
}

/**
 * `GET /api/me` (src/server/routes/me.ts): the person's department as stored now. Asked afresh, not
 * taken from the session: that is loaded once, and the department may have changed since.
 */
export async function fetchDepartment(client: ApiClient, signal?: AbortSignal): Promise<string | null> {
  return (await client.get('/api/me', decodeMyDepartment, signal)).department;
}

/** `PATCH /api/me/preferences`: sets the person's department, or clears it with null; answers what is stored. */
export async function saveDepartment(client: ApiClient, department: string | null): Promise<string | null> {
  return (await client.send('PATCH', '/api/me/preferences', { department }, decodeSavedDepartment)).department;
}
