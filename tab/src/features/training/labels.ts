import type { TFunction } from 'i18next';
import type { ModuleKind, PathAudience, PathLevel } from './api';
import { numberFormat } from '../../lib/intl-formats';

/**
 * The values the training API sends, in the order the admin forms offer them; their words are
 * t('training.kind.…'), t('training.audience.…') and t('training.level.…').
 */

export const moduleKinds: readonly ModuleKind[] = ['article', 'video', 'lab', 'session'];

export const pathAudiences: readonly PathAudience[] = ['new-maker', 'experienced-maker', 'pro-developer', 'admin'];

export const pathLevels: readonly PathLevel[] = ['beginner', 'intermediate', 'advanced'];

/** "45 min", "1 h 30 min", "2 h" in the tab's language. */
export function formatDuration(total: number, t: TFunction): string {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (!hours) return t('training.duration.minutes', { minutes });
  return minutes ? t('training.duration.hoursMinutes', { hours, minutes }) : t('training.duration.hours', { hours });
}

/** "30%" / "30 %": a whole percentage (0–100) as the tab's locale writes it. */
export function formatPercent(percent: number): string {
  return numberFormat({ style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
