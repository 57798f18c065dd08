import { estimateConfidence } from './confidence.js';
import { toPlainText } from './markdown/render.js';
import type { Retrieval } from './retriever.js';
import type { KnowledgeIndex, SourceHit } from './search-index.js';
import { isSmallTalk } from './small-talk.js';

/** One candidate as a language model reads it: a short label, never a database id or a person's data. */
export interface RankCandidate {
  /** "s1" … "s10", in the retrieval order. */
  id: string;
  title: string;
  heading: string | null;
  /** The start of the best passage, plain text. */
  text: string;
}

/**
 * Orders candidate sources by how well they answer a question (a language model behind it). It
 * returns the model's raw reply; the domain reads and checks it, so a model that rambles, invents
 * ids or repeats itself cannot do more than fall back to the retrieval order.
 */
export interface SourceRanker {
  rank(question: string, candidates: readonly RankCandidate[]): Promise<string>;
}

export interface ModelRerankOptions {
  /** Time budget: after it, the retrieval order stands. */
  timeoutMs: number;
  onFallback?: (reason: string) => void;
}

/** Candidates the model re-orders; the rest keep their place behind them. */
export const MODEL_RERANK_DEPTH = 10;
const CANDIDATE_CHARS = 500;

export function rankCandidates(hits: readonly SourceHit[]): RankCandidate[] {
  return hits.slice(0, MODEL_RERANK_DEPTH).map((h, i) => {
    const p = h.best.passage;
    const text = toPlainText(p.markdown).replace(/\s+/g, ' ').trim();
    return { id: `s${i + 1}`, title: p.title, heading: p.heading, text: text.length > CANDIDATE_CHARS ? `${text.slice(0, CANDIDATE_CHARS)} …` : text };
  });
}

/**
 * The order a reply gives, as candidate positions: the ids it names ("s3", in a JSON array or
 * not), known ones only, each once, then the candidates it left out in their retrieval order.
 * Undefined when the reply names no known id (garbage, a refusal, an answer instead of a list).
 */
export function parseOrder(reply: string, count: number): number[] | undefined {
  const named: number[] = [];
  for (const m of reply.matchAll(/\bs(\d{1,2})\b/gi)) {
    const n = Number(m[1]) - 1;
    if (n >= 0 && n < count && !named.includes(n)) named.push(n);
  }
  if (!named.length) return undefined;
  return [...named, ...Array.from({ length: count }, (_, i) => i).filter((i) => !named.includes(i))];
}

class Timeout extends Error {}

/**
 * Lets a model re-order the first ten sources, within a time budget; on a timeout, an error or a
 * reply without a usable order, the retrieval stands as it was. The confidence is estimated again
 * for the new first source, with the same model as offline, so the grade still says how well the
 * source shown first matches the question.
 */
export async function rerankWithModel(index: KnowledgeIndex, question: string, retrieval: Retrieval, ranker: SourceRanker | undefined, options: ModelRerankOptions): Promise<Retrieval> {
  if (!ranker || retrieval.hits.length < 2) return retrieval;
  const candidates = rankCandidates(retrieval.hits);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const reply = await Promise.race([
      ranker.rank(question, candidates),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Timeout()), options.timeoutMs))),
    ]);
    const order = parseOrder(reply, candidates.length);
    if (!order) {
      options.onFallback?.('the model named no candidate');
      return retrieval;
    }
    const hits = [...order.map((i) => retrieval.hits[i]!), ...retrieval.hits.slice(candidates.length)];
    const { confidence, signals } = estimateConfidence(index, retrieval.terms, hits, new Set(retrieval.guessed));
    return { ...retrieval, hits, confidence: isSmallTalk(question) ? 0 : confidence, signals, rankedBy: 'ai' };
  } catch (error) {
    options.onFallback?.(error instanceof Timeout ? `no order within ${options.timeoutMs} ms` : error instanceof Error ? error.message : String(error));
    return retrieval;
  } finally {
    clearTimeout(timer);
  }
}
