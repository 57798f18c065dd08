import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../lib/api-client';
import { useApiClient } from '../../lib/api-client-context';
import type { RequestDraft } from './requests-types';

/** One type's cap for this maker (server: src/domain/environments/preview.ts). */
export interface TypeCapView {
  readonly type: string;
  readonly active: number;
  readonly cap: number;
  readonly reached: boolean;
}

/** What the policy would do with the form's answers as they stand; nothing is created. */
export interface PolicyPreviewView {
  readonly outcome: 'auto' | 'approval' | 'refused' | 'incomplete';
  readonly type: string | null;
  readonly dataClassification: string | null;
  readonly expectedUsers: number;
  readonly rule: { readonly types: readonly string[]; readonly classifications: readonly string[]; readonly maxExpectedUsers: number | null } | null;
  readonly caps: readonly TypeCapView[];
  readonly startType: string | null;
}

const OUTCOMES = ['auto', 'approval', 'refused', 'incomplete'];

export function decodePreview(value: unknown): PolicyPreviewView | undefined {
  const p = (value as { preview?: Record<string, unknown> } | null)?.preview;
  if (typeof p !== 'object' || p === null || !OUTCOMES.includes(p['outcome'] as string) || !Array.isArray(p['caps'])) return undefined;
  if (!p['caps'].every((c: Record<string, unknown>) => typeof c?.['type'] === 'string' && typeof c['active'] === 'number' && typeof c['cap'] === 'number' && typeof c['reached'] === 'boolean')) return undefined;
  return p as unknown as PolicyPreviewView;
}

export const previewPolicy = (client: ApiClient, draft: RequestDraft, signal?: AbortSignal) => client.send('POST', '/api/environments/preview', draft, decodePreview, signal);

/** Outcome of the last preview: loading, the preview, or unavailable (the policy still decides on submit). */
export type PreviewState = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly preview: PolicyPreviewView } | { readonly kind: 'unavailable' };

/**
 * The policy preview for the form's answers, asked again a moment after the maker stops changing
 * the fields that decide it (type, classification, users, region, duration); older answers are aborted.
 */
export function usePolicyPreview(draft: RequestDraft, enabled: boolean): PreviewState {
  const client = useApiClient();
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  const latest = useRef(draft);
  latest.current = draft;
  const { type, region, dataClassification, expectedUsers, durationDays } = draft;
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    const timer = window.setTimeout(() => {
      previewPolicy(client, { ...latest.current, type, region, dataClassification, expectedUsers, durationDays }, abort.signal)
        .then((preview) => setState({ kind: 'ready', preview }))
        .catch(() => !abort.signal.aborted && setState({ kind: 'unavailable' }));
    }, 250);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
    // Only the answers the policy reads are dependencies: typing a name or a justification asks nothing.
  }, [client, enabled, type, region, dataClassification, expectedUsers, durationDays]);
  return state;
}
