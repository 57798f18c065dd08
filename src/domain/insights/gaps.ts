import type { FeedbackReason } from '../ask/questions.js';
import type { GapCandidate } from './repository.js';
import type { KnowledgeGap } from './types.js';

/** Two questions belong together when they share at least this share of their terms (Jaccard). */
export const GAP_SIMILARITY = 0.5;
const MAX_VARIANTS = 5;

function terms(normalized: string): Set<string> {
  return new Set(normalized.split(/\s+/).filter(Boolean));
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Group {
  terms: Set<string>;
  members: GapCandidate[];
}

/**
 * Groups unanswered or 👎 questions whose analysed terms (stemmed, synonyms folded: "env" and
 * "environment" are one term already) mostly overlap. Greedy over the most frequent first, so each
 * group is led by — and named after — its most asked wording. Deterministic for equal counts.
 */
export function groupGaps(candidates: readonly GapCandidate[], limit: number): KnowledgeGap[] {
  const ordered = [...candidates].sort((a, b) => b.count - a.count || a.normalized.localeCompare(b.normalized));
  const groups: Group[] = [];
  for (const candidate of ordered) {
    const own = terms(candidate.normalized);
    const home = groups.find((g) => similarity(g.terms, own) >= GAP_SIMILARITY);
    if (home) home.members.push(candidate);
    else groups.push({ terms: own, members: [candidate] });
  }
  return groups
    .map((g) => toGap(g.members))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, limit);
}

function toGap(members: GapCandidate[]): KnowledgeGap {
  const [lead] = members as [GapCandidate, ...GapCandidate[]];
  const variants = [...new Set(members.slice(1).map((m) => m.example))].filter((v) => v !== lead.example).slice(0, MAX_VARIANTS);
  return {
    key: lead.normalized,
    example: lead.example,
    variants,
    count: sum(members, 'count'),
    unanswered: sum(members, 'unanswered'),
    notHelpful: sum(members, 'notHelpful'),
    lastAskedAt: members.map((m) => m.lastAskedAt).sort().at(-1)!,
    answeredNowBy: null,
    ...feedbackWords(members),
  };
}

/** The 👎 reasons of the group, summed, and a few of the makers' notes: only when someone gave one. */
function feedbackWords(members: GapCandidate[]): Pick<KnowledgeGap, 'reasons' | 'notes'> {
  const reasons: Partial<Record<FeedbackReason, number>> = {};
  for (const m of members) for (const [reason, n] of Object.entries(m.reasons ?? {}) as Array<[FeedbackReason, number]>) reasons[reason] = (reasons[reason] ?? 0) + n;
  const notes = [...new Set(members.flatMap((m) => (m.note ? [m.note] : [])))].slice(0, 3);
  return { ...(Object.keys(reasons).length > 0 ? { reasons } : {}), ...(notes.length > 0 ? { notes } : {}) };
}

function sum(members: GapCandidate[], key: 'count' | 'unanswered' | 'notHelpful'): number {
  return members.reduce((total, m) => total + m[key], 0);
}
