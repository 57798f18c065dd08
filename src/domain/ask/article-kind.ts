import type { Passage } from './types.js';

/**
 * What a question asks for and what an article is, from words alone. Neighbouring articles share
 * the question's topic words ("Dataverse storage capacity" is in the overview, the "add" and the
 * "free up" articles); what tells them apart is the kind of answer: an explanation, steps, limits
 * or a fix.
 */
export interface Kinds {
  /** "what is", "difference", "vs", "explain", "what do we get". */
  overview: number;
  /** "how do I", "set up", "can we", "steps". */
  howTo: number;
  /** "how many", "limit", "maximum", "quota". */
  limits: number;
  /** An error or something not working. */
  problem: number;
}

const ASKS: Readonly<Record<keyof Kinds, RegExp>> = {
  overview: /\b(what(?:'s| is| are| does| do we get)|whats|wats|difference|vs\.?|versus|explain\w*|overview|involve\w*|which bits|why)\b/i,
  howTo: /\b(how (?:do|can|to|should|would)|steps?|set ?up|configure|install\w*|enable|can (?:i|we|you))\b/i,
  limits: /\b(how many|limits?|maximum|max|quotas?|reached|allowed)\b/i,
  problem: /\b(error|fail\w*|can'?t|cannot|doesn'?t|won'?t|not working|broken|missing|stuck|issue)\b/i,
};

const IS: Readonly<Record<keyof Kinds, RegExp>> = {
  overview: /(overview|explained|basics|about|what-is|introduction|intro|concepts?|^index)/,
  howTo: /^(create|add|manage|set|setup|configure|enable|install|use|move|recover|delete|reset|view|free|control|get|turn|assign|change|migrate|copy|restore|deploy)(?:-|$)/,
  limits: /(limit|limitation|quota|allocation|restriction|requirements?)/,
  problem: /(troubleshoot|error|known-issue|faq)/,
};

/** The kinds of answer a question asks for (1 = asked). */
export function questionKinds(question: string): Kinds {
  return { overview: +ASKS.overview.test(question), howTo: +ASKS.howTo.test(question), limits: +ASKS.limits.test(question), problem: +ASKS.problem.test(question) };
}

/** A passage's source file name without folder and extension ("add-storage"), or its FAQ id. */
export function slugOf(p: Passage): string {
  return (p.path.split('/').pop() ?? '').replace(/\.md$/i, '');
}

/** The kind of article a passage belongs to, from its file name (docs name files for what they are). */
export function articleKinds(p: Passage): Kinds {
  const slug = slugOf(p).toLowerCase();
  return { overview: +IS.overview.test(slug), howTo: +IS.howTo.test(slug), limits: +IS.limits.test(slug), problem: +IS.problem.test(slug) };
}
