import { useCallback, useEffect, useRef, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError, type ApiError } from '../../lib/api-error';
import { askApi } from './api';
import type { AskAnswer, Feedback, TicketView } from './types';

/** An answer on screen, with what the person did with it since (rated it, handed it to an expert). */
export interface ShownAnswer {
  readonly answer: AskAnswer;
  readonly feedback: Feedback | null;
  readonly ticket: TicketView | null;
  /** False when the question had been escalated before (the existing ticket came back). */
  readonly ticketCreated: boolean;
  /** The optional question after a 👎: answered or waved away (then it is not asked again). */
  readonly reason?: 'sent' | 'skipped';
}

export type AskState =
  | { readonly status: 'idle' }
  | { readonly status: 'asking'; readonly question: string }
  | { readonly status: 'error'; readonly question: string; readonly error: ApiError }
  | ({ readonly status: 'answered' } & ShownAnswer);

export interface UseAsk {
  /** What is in the search box: kept through errors and while switching between the page's views. */
  readonly draft: string;
  readonly setDraft: (text: string) => void;
  readonly state: AskState;
  /** Asks `question` (default: the box's text); a newer question cancels an older one still running. */
  readonly ask: (question?: string) => void;
  /** Puts `question` in the box and asks it (a suggestion, a related or FAQ question was picked). */
  readonly askAbout: (question: string) => void;
  /** Records what happened to the answer on screen (feedback given, ticket opened). */
  readonly update: (change: Partial<Omit<ShownAnswer, 'answer'>>) => void;
  /** The session's earlier answers, newest first: the conversation stays on screen. */
  readonly earlier: readonly ShownAnswer[];
  /** Records what happened to an earlier answer (rated or escalated after the next question). */
  readonly updateEarlier: (questionId: string, change: Partial<Omit<ShownAnswer, 'answer'>>) => void;
}

/** Enough to scroll back through; older turns are in "My questions". */
const KEPT_TURNS = 20;
const STORAGE_KEY = 'maker-hub.ask.conversation';

/** The conversation of this browser session (sessionStorage: it ends with the tab, not with a page change). */
function loadConversation(): { current: ShownAnswer | null; earlier: ShownAnswer[] } {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as { current: ShownAnswer | null; earlier: ShownAnswer[] } | null;
    if (saved && Array.isArray(saved.earlier)) return { current: saved.current ?? null, earlier: saved.earlier.slice(0, KEPT_TURNS) };
  } catch {
    // Storage refused (privacy mode) or damaged: start a new conversation.
  }
  return { current: null, earlier: [] };
}

function saveConversation(current: ShownAnswer | null, earlier: readonly ShownAnswer[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ current, earlier }));
  } catch {
    // Not kept across a reload; the page still shows it.
  }
}

const shownOf = (s: AskState): ShownAnswer | null => (s.status === 'answered' ? { answer: s.answer, feedback: s.feedback, ticket: s.ticket, ticketCreated: s.ticketCreated, reason: s.reason } : null);

/**
 * The Ask view's state. It lives in the page, not in the view, so switching to "My questions"
 * and back keeps the question, the answer and what was done with it.
 */
export function useAsk(): UseAsk {
  const client = useApiClient();
  const [saved] = useState(loadConversation);
  const [draft, setDraft] = useState(saved.current?.answer.question ?? '');
  const [state, setState] = useState<AskState>(saved.current ? { status: 'answered', ...saved.current } : { status: 'idle' });
  const [earlier, setEarlier] = useState<readonly ShownAnswer[]>(saved.earlier);
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  const current = useRef(state);
  current.current = state;
  useEffect(() => saveConversation(shownOf(state), earlier), [state, earlier]);

  const ask = useCallback(
    (question?: string) => {
      const text = (question ?? draft).trim();
      if (text === '') return;
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      // The answer on screen moves up into the conversation instead of being replaced.
      const previous = shownOf(current.current);
      if (previous) setEarlier((turns) => [previous, ...turns.filter((t) => t.answer.questionId !== previous.answer.questionId)].slice(0, KEPT_TURNS));
      setState({ status: 'asking', question: text });
      askApi.ask(client, text, controller.signal).then(
        (answer) => {
          if (!controller.signal.aborted) setState({ status: 'answered', answer, feedback: null, ticket: null, ticketCreated: false });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'error', question: text, error: toApiError(error) });
        },
      );
    },
    [client, draft],
  );

  const askAbout = useCallback(
    (question: string) => {
      setDraft(question);
      ask(question);
    },
    [ask],
  );

  const update = useCallback((change: Partial<Omit<ShownAnswer, 'answer'>>) => {
    setState((s) => (s.status === 'answered' ? { ...s, ...change } : s));
  }, []);

  const updateEarlier = useCallback((questionId: string, change: Partial<Omit<ShownAnswer, 'answer'>>) => {
    setEarlier((turns) => turns.map((t) => (t.answer.questionId === questionId ? { ...t, ...change } : t)));
  }, []);

  return { draft, setDraft, state, ask, askAbout, update, earlier, updateEarlier };
}
