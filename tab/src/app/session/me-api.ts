import type { ApiClient } from '../../lib/api-client';
import { decodeMeResponse } from '../../lib/api-decoders';
import type { MeResponse } from '../../lib/api-types';

/** `GET /api/me`: who is signed in, their roles, and whether the server runs in development mode. */
export function fetchMe(client: ApiClient, signal?: AbortSignal): Promise<MeResponse> {
  return client.get('/api/me', decodeMeResponse, signal);
}
