import type { ApiClient } from '../../lib/api-client';
import { startEarly } from '../../lib/early-request';
import { fetchRecommended } from '../training/recommended-api';
import { fetchHome } from './api';

/**
 * The tab opens on Home: its call, the training suggestion's call and that suggestion's code start
 * with the session's call, rather than one after the other behind the renders that need them.
 * Settles when Home's own call has (the first render may wait for it: main.tsx).
 */
export function startHomeEarly(client: ApiClient): Promise<void> {
  void startEarly(client, fetchRecommended);
  return startEarly(client, fetchHome);
}
