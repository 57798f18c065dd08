import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface InScopeQuestion {
  q: string;
  expect: string[];
  /** The maker sets label each question with its dominant trait (plain, typo, abbreviation, ...). */
  style?: string;
}

export interface OutOfScopeQuestion {
  q: string;
  style?: string;
}

export interface QuestionSet {
  name: string;
  inScope: InScopeQuestion[];
  outOfScope: OutOfScopeQuestion[];
}

type RawOutOfScope = string | { q: string; style?: string };

/** Reads a bench question file (bench/qa-*.yaml). Out-of-scope entries are bare strings (older sets) or objects {id, q, style} (maker sets). */
export function loadQuestions(file: string, name: string): QuestionSet {
  const data = parse(readFileSync(file, 'utf8')) as { in_scope?: InScopeQuestion[]; out_of_scope?: RawOutOfScope[] };
  const inScope = (data.in_scope ?? []).map(({ q, expect, style }) => ({ q, expect, style }));
  const outOfScope = (data.out_of_scope ?? []).map((x) => (typeof x === 'string' ? { q: x } : { q: x.q, style: x.style }));
  return { name, inScope, outOfScope };
}
