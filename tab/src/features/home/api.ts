import type { ApiClient } from '../../lib/api-client';
import type { HomeView } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const LISTS = ['events', 'requests', 'questions', 'stories', 'work'] as const;

/** `GET /api/home` (src/server/routes/home.ts): checks the shape the sections rely on. */
export function decodeHome(value: unknown): HomeView | undefined {
  if (!isObject(value) || typeof value['firstRun'] !== 'boolean' || typeof value['kudosReceived'] !== 'number') return undefined;
  if (!LISTS.every((k) => Array.isArray(value[k]))) return undefined;
  const community = value['community'];
  if (!isObject(community) || !['stories', 'events', 'faq'].every((k) => Array.isArray(community[k]))) return undefined;
  if (value['training'] !== null && !isObject(value['training'])) return undefined;
  return value as unknown as HomeView;
}

export function fetchHome(client: ApiClient, signal?: AbortSignal): Promise<HomeView> {
  return client.get('/api/home', decodeHome, signal);
}

/** Closes the first-run welcome for good (remembered by the server for this person). */
export async function dismissWelcome(client: ApiClient): Promise<void> {
  await client.send('POST', '/api/home/welcome/dismiss', {}, (v) => (isObject(v) ? v : undefined));
}
