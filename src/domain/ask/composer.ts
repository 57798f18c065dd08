import { toPlainText } from './markdown/render.js';
import type { KnowledgeIndex } from './search-index.js';
import type { KbAnswer } from './types.js';

/** A retrieved passage as a language model reads it, numbered for citations ([1], [2] …). */
export interface ComposerPassage {
  n: number;
  title: string;
  heading: string | null;
  path: string;
  text: string;
}

/**
 * Writes an answer from retrieved passages (a language model behind it). The domain does not care
 * which: the Teams layer plugs in teams-ai's OpenAIModel; tests plug in a stand-in.
 */
export interface AnswerComposer {
  compose(question: string, passages: readonly ComposerPassage[]): Promise<string>;
}

export interface ComposeOptions {
  timeoutMs: number;
  /** Passages given to the model (the best sources, one passage each). */
  maxPassages?: number;
  /** Characters per passage. */
  maxPassageChars?: number;
  onFallback?: (reason: string) => void;
}

/** The best sources' passages, plain text, trimmed: what the model may use and must cite. */
export function composerPassages(answer: KbAnswer, index: KnowledgeIndex, max = 3, maxChars = 1500): ComposerPassage[] {
  return answer.sources.slice(0, max).flatMap((s, i) => {
    const passage = index.passage(s.passageId);
    if (!passage) return [];
    const text = toPlainText(passage.markdown);
    return [{ n: i + 1, title: s.title, heading: s.heading, path: s.path, text: text.length > maxChars ? `${text.slice(0, maxChars)} …` : text }];
  });
}

class Timeout extends Error {}

/**
 * Asks the composer for an answer when retrieval found one, and keeps the retrieval answer when the
 * model is slow, fails or returns nothing: a maker always gets an answer within the time limit.
 * Questions retrieval could not answer are not sent: a model would answer them confidently anyway.
 */
export async function composeWithFallback(answer: KbAnswer, index: KnowledgeIndex, composer: AnswerComposer | undefined, options: ComposeOptions): Promise<KbAnswer> {
  if (!composer || !answer.answered) return answer;
  const passages = composerPassages(answer, index, options.maxPassages, options.maxPassageChars);
  if (!passages.length) return answer;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const text = await Promise.race([
      composer.compose(answer.question, passages),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout()), options.timeoutMs))),
    ]);
    const trimmed = text.trim();
    if (!trimmed) {
      options.onFallback?.('empty answer');
      return answer;
    }
    return { ...answer, answer: trimmed, composedBy: 'ai' };
  } catch (error) {
    options.onFallback?.(error instanceof Timeout ? `no answer within ${options.timeoutMs} ms` : error instanceof Error ? error.message : String(error));
    return answer;
  } finally {
    clearTimeout(timer);
  }
}
