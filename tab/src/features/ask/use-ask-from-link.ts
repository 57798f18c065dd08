import { useEffect, useRef } from 'react';
import type { UseAsk } from './use-ask';

/**
 * `/ask?q=…` asks that question once (a search result for an FAQ entry or an article links here,
 * so the answer shows with its sources and the way to an expert).
 */
export function useAskFromLink(ask: UseAsk, search: string): void {
  const question = (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 1000);
  const asked = useRef('');
  const askAbout = ask.askAbout;
  useEffect(() => {
    if (question === '' || question === asked.current) return;
    asked.current = question;
    askAbout(question);
  }, [question, askAbout]);
}
