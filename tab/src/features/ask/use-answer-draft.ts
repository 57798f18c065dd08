import { useCallback, useState } from 'react';

const prefix = 'maker-hub:ticket-answer:';

function read(ticketId: string): string {
  try {
    return window.sessionStorage.getItem(prefix + ticketId) ?? '';
  } catch {
    return '';
  }
}

function write(ticketId: string, text: string): void {
  try {
    if (text === '') window.sessionStorage.removeItem(prefix + ticketId);
    else window.sessionStorage.setItem(prefix + ticketId, text);
  } catch {
    // Storage disabled or full: the answer still works, only the copy kept across reloads is lost.
  }
}

/**
 * An expert's unsent answer to a ticket, kept in this browser tab's session as it is typed: a
 * refused send, another filter, a reload or a closed form never loses it. Cleared once sent.
 */
export function useAnswerDraft(ticketId: string): readonly [string, (text: string) => void] {
  const [text, setText] = useState(() => read(ticketId));
  const set = useCallback(
    (next: string) => {
      setText(next);
      write(ticketId, next);
    },
    [ticketId],
  );
  return [text, set] as const;
}
