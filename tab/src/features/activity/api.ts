import type { ApiClient } from '../../lib/api-client';
import { rangeQuery, type DateRange } from '../insights/range';
import { decodeMyActivity } from './decoders';
import type { MyActivity } from './types';

/** `GET /api/me/activity` (src/server/routes/insights.ts): the signed-in person's own figures only. */
export function fetchMyActivity(client: ApiClient, range: DateRange, signal?: AbortSignal): Promise<MyActivity> {
  return client.get(`/api/me/activity?${rangeQuery(range)}`, decodeMyActivity, signal);
}
