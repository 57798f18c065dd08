import type { ModuleKind, PathAudience, PathLevel } from './api';

/** Words for the values the training API sends, in one place for pages and forms. */

export const kindLabels: Record<ModuleKind, string> = { article: 'Article', video: 'Video', lab: 'Hands-on lab', session: 'Internal session' };

export const audienceLabels: Record<PathAudience, string> = {
  'new-maker': 'New makers',
  'experienced-maker': 'Experienced makers',
  'pro-developer': 'Pro developers',
  admin: 'Admins',
};

export const levelLabels: Record<PathLevel, string> = { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' };

/** "45 min", "1 h 30 min", "2 h". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}
