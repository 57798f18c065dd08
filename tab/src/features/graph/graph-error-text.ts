import type { TFunction } from 'i18next';
import type { ApiError } from '../../lib/api-error';

const KNOWN = ['forbidden', 'throttled', 'unavailable', 'timeout', 'not_found', 'not_configured'] as const;

/** Why a Graph helper failed, in the viewer's language, followed by the paste-by-hand way out. */
export function graphErrorText(t: TFunction, error: ApiError): string {
  const code = error.code.startsWith('graph_') ? error.code.slice('graph_'.length) : error.code;
  const known = (KNOWN as readonly string[]).includes(code) ? (code as (typeof KNOWN)[number]) : null;
  let reason: string;
  if (known) reason = t(`graph.errors.${known}`);
  else if (code === 'rate_limited') reason = t('graph.errors.rate_limited');
  else if (error.status === 0 || error.status === 401) reason = error.message;
  else reason = t('graph.errors.other');
  return `${reason} ${t('graph.errors.fallback')}`;
}
