/**
 * The hint under a field after a reload: what someone else saved, when it differs from what is
 * typed (undefined otherwise, and before any reload).
 */
export function savedNow(saved: string | null | undefined, typed: string): string | undefined {
  if (saved === null || saved === undefined || saved.trim() === typed.trim()) return undefined;
  return saved.trim() === '' ? 'Saved now: (empty)' : `Saved now: “${saved}”`;
}
