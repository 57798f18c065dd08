import type { ApiClient } from '../../lib/api-client';
import type { ModuleKind } from './api';

/** Home's training suggestion (GET /api/training/recommended): the path, its progress and the next module only. */
export interface Recommended {
  readonly reason: 'continue' | 'role';
  readonly because: string;
  readonly path: { readonly id: string; readonly title: string };
  readonly progress: { readonly done: number; readonly total: number; readonly percent: number };
  readonly next: { readonly title: string; readonly kind: ModuleKind; readonly minutes: number } | null;
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const numbers = (v: unknown, keys: readonly string[]) => isObj(v) && keys.every((k) => typeof v[k] === 'number');

function isRecommended(v: unknown): v is Recommended {
  if (!isObj(v) || typeof v['because'] !== 'string' || (v['reason'] !== 'continue' && v['reason'] !== 'role')) return false;
  const path = v['path'];
  const next = v['next'];
  return isObj(path) && typeof path['id'] === 'string' && typeof path['title'] === 'string' && numbers(v['progress'], ['done', 'total', 'percent']) && (next === null || (isObj(next) && typeof next['title'] === 'string' && typeof next['kind'] === 'string' && numbers(next, ['minutes'])));
}

const decode = (v: unknown): { recommended: Recommended | null } | undefined =>
  isObj(v) && (v['recommended'] === null || isRecommended(v['recommended'])) ? { recommended: v['recommended'] } : undefined;

export const fetchRecommended = (c: ApiClient, signal?: AbortSignal) => c.get('/api/training/recommended', decode, signal);
