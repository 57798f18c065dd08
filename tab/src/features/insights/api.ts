import type { ApiClient } from '../../lib/api-client';
import { decodeInsights } from './decoders';
import { rangeQuery, type DateRange } from './range';
import type { InsightsResponse } from './types';

/** Typed access to the insights endpoints (src/server/routes/insights.ts), checked at runtime. */

export function fetchInsights(client: ApiClient, range: DateRange, signal?: AbortSignal): Promise<InsightsResponse> {
  return client.get(`/api/admin/insights?${rangeQuery(range)}`, decodeInsights, signal);
}

/** The CSV of one table; the same query as the page, so the file holds what the table shows. */
export function exportCsvPath(tableId: string, range: DateRange): string {
  return `/api/admin/insights/export.csv?${new URLSearchParams({ table: tableId, ...range }).toString()}`;
}

