import { useEffect, useRef, useState } from 'react';
import type { StoryDraft } from './types';

/** What is kept for a form between visits: the answers and the form instance they belong to. */
interface SavedDraft {
  readonly values: StoryDraft;
  /** Kept with the answers, so a submit retried after a reload is still the same submission. */
  readonly submissionKey: string;
  readonly savedAt: string;
}

const prefix = 'maker-hub:story-draft:';

function read(key: string): SavedDraft | undefined {
  try {
    const raw = window.localStorage.getItem(prefix + key);
    if (raw === null) return undefined;
    const parsed = JSON.parse(raw) as SavedDraft;
    return typeof parsed.submissionKey === 'string' && typeof parsed.values === 'object' && parsed.values !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, draft: SavedDraft | undefined): void {
  try {
    if (draft === undefined) window.localStorage.removeItem(prefix + key);
    else window.localStorage.setItem(prefix + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only the between-visits copy is lost.
  }
}

export interface StoryDraftState {
  values: StoryDraft;
  setValues: (update: (values: StoryDraft) => StoryDraft) => void;
  submissionKey: string;
  /** True when the answers came back from an earlier, unsent visit. */
  restored: boolean;
  /** Forgets the saved answers (after a successful submit, or when the person discards them). */
  clear: (next?: StoryDraft) => void;
}

/**
 * The story form's answers, saved in this browser as they are typed, so nothing is lost to a
 * closed tab, a crash or a failed submit. `key` separates people and stories
 * (`<userId>:new`, `<userId>:<storyId>`); `initial` is used when nothing was saved.
 */
export function useStoryDraft(key: string, initial: () => StoryDraft): StoryDraftState {
  const [state, setState] = useState(() => {
    const saved = read(key);
    return saved ? { values: { ...initial(), ...saved.values }, submissionKey: saved.submissionKey, restored: true } : { values: initial(), submissionKey: crypto.randomUUID(), restored: false };
  });
  const dirty = useRef(false);

  useEffect(() => {
    // Only what the person typed is saved; opening a form and leaving it empty stores nothing.
    if (dirty.current) write(key, { values: state.values, submissionKey: state.submissionKey, savedAt: new Date().toISOString() });
  }, [key, state.values, state.submissionKey]);

  return {
    values: state.values,
    submissionKey: state.submissionKey,
    restored: state.restored,
    setValues: (update) => {
      dirty.current = true;
      setState((s) => ({ ...s, values: update(s.values) }));
    },
    clear: (next) => {
      dirty.current = false;
      write(key, undefined);
      setState({ values: next ?? initial(), submissionKey: crypto.randomUUID(), restored: false });
    },
  };
}
