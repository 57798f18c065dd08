/**
 * Typo correction for question terms the index has never seen: the single closest known term
 * (optimal string alignment distance, so a swapped pair of letters counts once: "upgarde"),
 * sharing the first letter, preferring the most common. One correction replaces the word, where
 * fuzzy matching would add every near neighbour and let a common word outweigh the rare one asked.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/** Allowed distance: one edit up to 6 letters, two from 7. */
const allowed = (term: string) => (term.length >= 7 ? 2 : 1);

const correctable = (term: string) => term.length >= 4 && !/\d/.test(term);

/** A known term, how many passages hold it, and its place in the vocabulary (ties go to the first). */
type Entry = readonly [term: string, count: number, order: number];

/** The best of the candidates: fewest edits, then the most common, then the first in the vocabulary. */
function closest(term: string, candidates: Iterable<Entry>, minCount: number): string | undefined {
  const max = allowed(term);
  let best: string | undefined;
  let bestKey = [Infinity, 0, Infinity];
  for (const [known, count, order] of candidates) {
    if (count < minCount || known[0] !== term[0] || Math.abs(known.length - term.length) > max) continue;
    const d = editDistance(term, known, max);
    if (d > max) continue;
    const better = d < bestKey[0]! || (d === bestKey[0] && (count > bestKey[1]! || (count === bestKey[1] && order < bestKey[2]!)));
    if (better) [best, bestKey] = [known, [d, count, order]];
  }
  return best;
}

function* numbered(vocabulary: ReadonlyMap<string, number>): Generator<Entry> {
  let order = 0;
  for (const [term, count] of vocabulary) yield [term, count, order++];
}

/** The correction of an unknown term, or undefined. `vocabulary` maps known terms to how many passages hold them. */
export function correct(term: string, vocabulary: ReadonlyMap<string, number>, minCount = 2): string | undefined {
  return correctable(term) ? closest(term, numbered(vocabulary), minCount) : undefined;
}

/**
 * The same correction without scanning the whole vocabulary per unknown word: known terms are
 * bucketed by first letter and length, so a word is compared only with the few hundred terms that
 * could be within its allowed distance, and each answer is remembered until the vocabulary changes
 * (the owner builds a new Speller then). Same result as `correct`, ties included: buckets keep the
 * vocabulary's order.
 */
export class Speller {
  private readonly buckets = new Map<string, Entry[]>();
  private readonly memo = new Map<string, string | undefined>();

  constructor(vocabulary: ReadonlyMap<string, number>, private readonly minCount = 2) {
    for (const entry of numbered(vocabulary)) {
      if (entry[1] < minCount) continue;
      const key = `${entry[0][0]}${entry[0].length}`;
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(entry);
      else this.buckets.set(key, [entry]);
    }
  }

  correct(term: string): string | undefined {
    if (!correctable(term)) return undefined;
    if (this.memo.has(term)) return this.memo.get(term);
    const max = allowed(term);
    const candidates: Entry[] = [];
    for (let n = term.length - max; n <= term.length + max; n += 1) candidates.push(...(this.buckets.get(`${term[0]}${n}`) ?? []));
    const best = closest(term, candidates, this.minCount);
    // Bounded: questions are free text, and an unbounded memo would grow with every typo ever asked.
    if (this.memo.size >= 5000) this.memo.clear();
    this.memo.set(term, best);
    return best;
  }
}
