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
}

/**
 * The Ask view's state. It lives in the page, not in the view, so switching to "My questions"
 * and back keeps the question, the answer and what was done with it.
 */
export function useAsk(): UseAsk {
  const client = useApiClient();
  const [draft, setDraft] = useState('');
  const [state, setState] = useState<AskState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);

  const ask = useCallback(
    (question?: string) => {
      const text = (question ?? draft).trim();
      if (text === '') return;
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
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

  return { draft, setDraft, state, ask, askAbout, update };
}
