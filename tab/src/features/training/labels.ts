import type { TFunction } from 'i18next';
import { formatLocale } from '../../lib/i18n';
import type { ModuleKind, PathAudience, PathLevel } from './api';

/**
 * Words for the values the training API sends. These English ones serve the admin forms until they
 * are localised; the learner's pages read t('training.kind.…') and the helpers below.
 */

export const kindLabels: Record<ModuleKind, string> = { article: 'Article', video: 'Video', lab: 'Hands-on lab', session: 'Internal session' };

export const audienceLabels: Record<PathAudience, string> = {
  'new-maker': 'New makers',
  'experienced-maker': 'Experienced makers',
  'pro-developer': 'Pro developers',
  admin: 'Admins',
};

export const levelLabels: Record<PathLevel, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };

/** "45 min", "1 h 30 min", "2 h" in the tab's language. */
export function formatDuration(total: number, t: TFunction): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (!hours) return t('training.duration.minutes', { minutes });
  return minutes ? t('training.duration.hoursMinutes', { hours, minutes }) : t('training.duration.hours', { hours });
}

/** "30%" / "30 %": a whole percentage (0–100) as the tab's locale writes it. */
export function formatPercent(percent: number): string {
  return new Intl.NumberFormat(formatLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}

/** "45 min", "1 h 30 min", "2 h" (English, for the admin pages). */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}
