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

/** The correction of an unknown term, or undefined. `vocabulary` maps known terms to how many passages hold them. */
export function correct(term: string, vocabulary: ReadonlyMap<string, number>, minCount = 2): string | undefined {
  if (term.length < 4 || /\d/.test(term)) return undefined;
  const max = allowed(term);
  let best: string | undefined;
  let bestKey = [Infinity, 0];
  for (const [known, count] of vocabulary) {
    if (count < minCount || known[0] !== term[0] || Math.abs(known.length - term.length) > max) continue;
    const d = editDistance(term, known, max);
    if (d > max) continue;
    if (d < bestKey[0]! || (d === bestKey[0] && count > bestKey[1]!)) [best, bestKey] = [known, [d, count]];
  }
  return best;
}
