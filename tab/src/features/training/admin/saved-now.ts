import type { TFunction } from 'i18next';

/**
 * The hint under a field after a reload: what someone else saved, when it differs from what is
 * typed (undefined otherwise, and before any reload).
 */
export function savedNow(t: TFunction, saved: string | null | undefined, typed: string): string | undefined {
  if (saved === null || saved === undefined || saved.trim() === typed.trim()) return undefined;
  return saved.trim() === '' ? t('training.admin.savedNowEmpty') : t('training.admin.savedNow', { value: saved });
}
