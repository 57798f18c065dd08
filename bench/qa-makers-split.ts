/**
 * Splits the independent maker question set (issue #13) into a tuning half and a test half, once.
 *
 *   npx tsx bench/qa-makers-split.ts bench/qa-makers-source.yaml
 *
 * writes bench/qa-makers-tune.yaml and bench/qa-makers-test.yaml. The split is deterministic and
 * stratified by style: within each style, questions are ordered by the sha256 of their id (hex,
 * ascending) and dealt alternately, the first to tune, the second to test, and so on. In-scope and
 * out-of-scope questions are dealt separately. The source was deleted after the one run; the two
 * halves are frozen (bench/qa-makers.sha256, tests/ask/qa-makers-frozen.test.ts) and the test
 * re-deals their union with `splitSet` to prove that each question sits in the half the rule gives.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const IN_SCOPE_STYLES = ['plain', 'typo', 'abbreviation', 'vague', 'long', 'error-message', 'comparison'] as const;
export const OUT_OF_SCOPE_STYLES = ['it-general', 'hr', 'other-product', 'chit-chat', 'near-miss'] as const;

export interface MakerQuestion {
  id: string;
  q: string;
  /** Every corpus file (relative to power-platform-docs/) that answers the question; in-scope only. */
  expect?: string[];
  style: string;
}

export interface MakerSet {
  in_scope: MakerQuestion[];
  out_of_scope: MakerQuestion[];
}

export type Half = 'tune' | 'test';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Numeric order of ids (mk-009 before mk-010), so each half reads in the order it was written. */
function byId(a: MakerQuestion, b: MakerQuestion): number {
  return a.id.localeCompare(b.id, 'en', { numeric: true });
}

/** Which half each question goes to: per style, sha256(id) ascending, dealt tune, test, tune, … */
export function assignHalves(questions: readonly MakerQuestion[]): Map<string, Half> {
  const byStyle = new Map<string, MakerQuestion[]>();
  for (const question of questions) {
    const group = byStyle.get(question.style) ?? [];
    group.push(question);
    byStyle.set(question.style, group);
  }
  const halves = new Map<string, Half>();
  for (const group of byStyle.values()) {
    const ordered = group.map((question) => ({ id: question.id, key: sha256Hex(question.id) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    ordered.forEach((entry, index) => halves.set(entry.id, index % 2 === 0 ? 'tune' : 'test'));
  }
  return halves;
}

export function splitSet(set: MakerSet): Record<Half, MakerSet> {
  const inScope = assignHalves(set.in_scope);
  const outOfScope = assignHalves(set.out_of_scope);
  const pick = (questions: MakerQuestion[], halves: Map<string, Half>, half: Half) => questions.filter((question) => halves.get(question.id) === half).sort(byId);
  return {
    tune: { in_scope: pick(set.in_scope, inScope, 'tune'), out_of_scope: pick(set.out_of_scope, outOfScope, 'tune') },
    test: { in_scope: pick(set.in_scope, inScope, 'test'), out_of_scope: pick(set.out_of_scope, outOfScope, 'test') },
  };
}

/** Problems that make a set unusable: repeated ids, unknown or missing styles, in-scope questions without expected files. */
export function checkSet(set: MakerSet): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const check = (question: MakerQuestion, styles: readonly string[], inScope: boolean) => {
    if (!question.id) problems.push(`a question has no id: ${JSON.stringify(question.q)}`);
    else if (seen.has(question.id)) problems.push(`id ${question.id} repeats`);
    seen.add(question.id);
    if (typeof question.q !== 'string' || question.q.trim() === '') problems.push(`${question.id}: no question text`);
    if (!question.style) problems.push(`${question.id}: no style`);
    else if (!styles.includes(question.style)) problems.push(`${question.id}: style "${question.style}" is not one of ${styles.join(', ')}`);
    if (inScope && (!Array.isArray(question.expect) || question.expect.length === 0)) problems.push(`${question.id}: in-scope question without expect`);
    if (!inScope && question.expect !== undefined) problems.push(`${question.id}: out-of-scope question with expect`);
    if (inScope && question.expect && new Set(question.expect).size !== question.expect.length) problems.push(`${question.id}: an expected file repeats`);
  };
  for (const question of set.in_scope ?? []) check(question, IN_SCOPE_STYLES, true);
  for (const question of set.out_of_scope ?? []) check(question, OUT_OF_SCOPE_STYLES, false);
  return problems;
}

export function readSet(file: string): MakerSet {
  const data = parse(readFileSync(file, 'utf8')) as Partial<MakerSet> | null;
  return { in_scope: data?.in_scope ?? [], out_of_scope: data?.out_of_scope ?? [] };
}

const HEADER = `# Maker question set for issue #13 ("An honest yardstick first"), %HALF% half.
#
# Written on %DATE% by an independent writer: a separate session on branch ask-eval that never
# read the ranking code (src/domain/ask), bench/qa.ts, bench/calibrate.ts or docs/benchmarks.md,
# never ran \`maker-hub kb ask\`, \`npm run bench:qa\` or any Maker Hub search, and did not use the
# older sets (bench/qa-*.yaml, written by the people who tuned the ranking) except for their file
# format. Questions are in the voice of makers on public Power Platform community forums and in
# Teams chats (learnt from reading such posts, none copied): plain questions, typos, abbreviations
# and jargon (env, DLP, PA, PP, PAD, DV, AAD, SPN, AA4PP, PPAC, "the kit"), vague ones, long
# rambling ones, pasted error messages and "X vs Y" comparisons, British and American spellings.
#
# Labels. \`expect\` lists every file of the corpus (paths relative to power-platform-docs/, the
# 357-article snapshot in /work/shared/corpus) that answers the question, found by grepping the
# corpus for the topic and reading the candidate sections; a file that only mentions the topic in
# passing or links to another article is not an answer. A ranking hit counts when any listed file
# is there. \`style\` is the dominant trait of the question:
#   in scope:     plain, typo, abbreviation, vague, long, error-message, comparison
#   out of scope: it-general, hr, other-product, chit-chat, near-miss (sounds like Power Platform
#                 but no article of the corpus answers it; each was checked by grepping)
# Out-of-scope questions must not get a confident answer.
#
# Split. One source of %TOTAL_IN% in-scope and %TOTAL_OUT% out-of-scope questions was split once by
# bench/qa-makers-split.ts: within each style (in-scope and out-of-scope dealt separately), order
# by sha256(id) and alternate tune, test, tune, ... This file is the %HALF% half: %IN% in-scope and
# %OUT% out-of-scope questions.
#
# Rules. Both halves are frozen: bench/qa-makers.sha256 holds their checksums and
# tests/ask/qa-makers-frozen.test.ts fails when either changes. Tune the ranking on the tune half
# only; the test half is for reporting and is never looked at question by question while tuning.
# Never edit these files: a label error found later is reported, and a corrected set gets a new
# name and a new checksum.
`;

function renderQuestion(question: MakerQuestion, inScope: boolean): string {
  const lines = [`  - id: ${question.id}`, `    q: ${JSON.stringify(question.q)}`];
  if (inScope) lines.push(`    expect: [${(question.expect ?? []).join(', ')}]`);
  lines.push(`    style: ${question.style}`);
  return lines.join('\n');
}

export function renderHalf(half: Half, set: MakerSet, total: MakerSet, date: string): string {
  const header = HEADER.replaceAll('%HALF%', half)
    .replace('%DATE%', date)
    .replace('%TOTAL_IN%', String(total.in_scope.length))
    .replace('%TOTAL_OUT%', String(total.out_of_scope.length))
    .replace('%IN%', String(set.in_scope.length))
    .replace('%OUT%', String(set.out_of_scope.length));
  return [
    header,
    'in_scope:',
    ...set.in_scope.map((question) => renderQuestion(question, true)),
    'out_of_scope:',
    ...set.out_of_scope.map((question) => renderQuestion(question, false)),
    '',
  ].join('\n');
}

function main(): void {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const source = path.resolve(process.argv[2] ?? path.join(here, 'qa-makers-source.yaml'));
  const date = process.env.QA_MAKERS_DATE ?? new Date().toISOString().slice(0, 10);
  const set = readSet(source);
  const problems = checkSet(set);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  const halves = splitSet(set);
  for (const half of ['tune', 'test'] as const) {
    const file = path.join(here, `qa-makers-${half}.yaml`);
    writeFileSync(file, renderHalf(half, halves[half], set, date));
    console.log(`${path.relative(process.cwd(), file)}: ${halves[half].in_scope.length} in scope, ${halves[half].out_of_scope.length} out of scope`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
