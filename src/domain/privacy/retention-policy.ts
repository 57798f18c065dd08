import type { RetentionKind, RetentionPolicy } from './types.js';

const DAY_MS = 86_400_000;

/** The instant before which each kind of data goes (kinds kept forever, 0 days, have none). */
export function retentionCutoffs(policy: RetentionPolicy, now: Date): Partial<Record<RetentionKind, string>> {
  const out: Partial<Record<RetentionKind, string>> = {};
  for (const [kind, days] of Object.entries(policy) as Array<[RetentionKind, number]>) if (days > 0) out[kind] = new Date(now.getTime() - days * DAY_MS).toISOString();
  return out;
}

export const RETENTION_LABELS: Record<RetentionKind, string> = {
  questionTextDays: 'Question text (the question log keeps the rest for Insights)',
  deliveryBodyDays: 'Bodies of messages already delivered',
  auditDays: 'Audit entries',
  activityDays: 'Activity rows (what makes someone an active maker)',
};
