import type { Kysely } from 'kysely';
import type { RetentionCounts, RetentionKind } from '../../domain/privacy/types.js';
import type { Database } from '../schema.js';

export const EXPIRED_TEXT = '[expired]';
const FINAL_STATES = ['sent', 'failed', 'unreachable', 'skipped', 'cancelled', 'superseded'];

const n = (v: unknown) => Number(v ?? 0);

/**
 * Applies (or, with apply = false, only counts) the retention rules of the kinds given a cutoff:
 * rows older than it lose their text (question text, message bodies) or go (audit entries, activity).
 */
export async function applyRetention(db: Kysely<Database>, cutoffs: Partial<Record<RetentionKind, string>>, apply: boolean): Promise<RetentionCounts> {
  const counts: RetentionCounts = { questionTextDays: 0, deliveryBodyDays: 0, auditDays: 0, activityDays: 0 };
  const q = cutoffs.questionTextDays;
  if (q) {
    counts.questionTextDays = apply
      ? n((await db.updateTable('ask_questions').set({ question: EXPIRED_TEXT, normalized: EXPIRED_TEXT }).where('asked_at', '<', q).where('question', '<>', EXPIRED_TEXT).executeTakeFirst()).numUpdatedRows)
      : n((await db.selectFrom('ask_questions').select((eb) => eb.fn.countAll().as('n')).where('asked_at', '<', q).where('question', '<>', EXPIRED_TEXT).executeTakeFirst())?.n);
  }
  const d = cutoffs.deliveryBodyDays;
  if (d) {
    counts.deliveryBodyDays = apply
      ? n((await db.updateTable('outbox').set({ payload_json: '{}' }).where('state', 'in', FINAL_STATES).where('updated_at', '<', d).where('payload_json', '<>', '{}').executeTakeFirst()).numUpdatedRows)
      : n((await db.selectFrom('outbox').select((eb) => eb.fn.countAll().as('n')).where('state', 'in', FINAL_STATES).where('updated_at', '<', d).where('payload_json', '<>', '{}').executeTakeFirst())?.n);
  }
  const a = cutoffs.auditDays;
  if (a) {
    counts.auditDays = apply
      ? n((await db.deleteFrom('audit').where('at', '<', a).executeTakeFirst()).numDeletedRows)
      : n((await db.selectFrom('audit').select((eb) => eb.fn.countAll().as('n')).where('at', '<', a).executeTakeFirst())?.n);
  }
  const act = cutoffs.activityDays;
  if (act) {
    counts.activityDays = apply
      ? n((await db.deleteFrom('activity').where('at', '<', act).executeTakeFirst()).numDeletedRows)
      : n((await db.selectFrom('activity').select((eb) => eb.fn.countAll().as('n')).where('at', '<', act).executeTakeFirst())?.n);
  }
  return counts;
}
