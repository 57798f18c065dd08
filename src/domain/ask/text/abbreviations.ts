/**
 * Abbreviations mined from the knowledge base itself: documents introduce them as
 * "Privileged Identity Management (PIM)" or "pay-as-you-go (PAYG)", and makers then ask with the
 * short form alone. The vocabulary's hand list (vocabulary.ts) covers the common product names;
 * this covers whatever the ingested documents define.
 */
const DEFINITION = /((?:[A-Za-z][\w'’-]*\s+){1,8})\(([A-Z][A-Za-z0-9]{1,7})\)/g;
/** Little words a definition may skip ("Center of Excellence (CoE)" takes "of" as a letter, "Data for Good (DG)" skips it). */
const SKIPPABLE = new Set(['of', 'for', 'and', 'the', 'to', 'a', 'an', 'in', 'on', 'as', '&']);

/** The long form a definition's words give for an abbreviation, if the initials spell it. */
export function longForm(before: string, abbreviation: string): string | undefined {
  const letters = abbreviation.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2) return undefined;
  const parts = before.trim().split(/\s+/).flatMap((w) => w.split('-')).filter(Boolean);
  let li = letters.length - 1;
  let start = parts.length;
  for (let i = parts.length - 1; i >= 0 && li >= 0; i -= 1) {
    const word = parts[i]!.toLowerCase();
    if (word[0] === letters[li]) li -= 1;
    else if (!SKIPPABLE.has(word)) return undefined;
    start = i;
  }
  if (li >= 0) return undefined;
  return parts.slice(start).join(' ');
}

/** Every (abbreviation in lower case, long form) a text defines. */
export function mineAbbreviations(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const m of text.matchAll(DEFINITION)) {
    const long = longForm(m[1]!, m[2]!);
    if (long && long.toLowerCase() !== m[2]!.toLowerCase()) out.push([m[2]!.toLowerCase(), long]);
  }
  return out;
}

/** Counts of long forms per abbreviation, over the passages that define them; the most frequent wins. */
export class AbbreviationTable {
  private readonly byPassage = new Map<string, Array<[string, string]>>();
  private table: Map<string, string> | undefined;

  set(passageId: string, pairs: Array<[string, string]>): void {
    if (pairs.length) this.byPassage.set(passageId, pairs);
    else this.byPassage.delete(passageId);
    this.table = undefined;
  }

  delete(passageId: string): void {
    if (this.byPassage.delete(passageId)) this.table = undefined;
  }

  /** The long form of a lower-case abbreviation. */
  get(abbreviation: string): string | undefined {
    if (!this.table) {
      const counts = new Map<string, Map<string, number>>();
      for (const pairs of this.byPassage.values()) {
        for (const [abbr, long] of pairs) {
          const forms = counts.get(abbr) ?? new Map<string, number>();
          const key = long.toLowerCase();
          forms.set(key, (forms.get(key) ?? 0) + 1);
          counts.set(abbr, forms);
        }
      }
      this.table = new Map([...counts].map(([abbr, forms]) => [abbr, [...forms].sort((a, b) => b[1] - a[1])[0]![0]]));
    }
    return this.table.get(abbreviation);
  }
}
