import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface InScopeQuestion {
  q: string;
  expect: string[];
}

export interface QuestionSet {
  name: string;
  inScope: InScopeQuestion[];
  outOfScope: string[];
}

/** Reads a bench question file (bench/qa-*.yaml). */
export function loadQuestions(file: string, name: string): QuestionSet {
  const data = parse(readFileSync(file, 'utf8')) as { in_scope?: InScopeQuestion[]; out_of_scope?: string[] };
  return { name, inScope: data.in_scope ?? [], outOfScope: data.out_of_scope ?? [] };
}
