import type { QuestionSet } from './questions.js';

/** What a system under test says to one question: ranked source paths and how it answers. */
export interface Reply {
  paths: string[];
  /** Gives a confident answer (the "answer" grade); otherwise it refuses or only lists the closest sources. */
  answered: boolean;
  /** 0–1, when the system has a confidence model. */
  confidence?: number;
}

/** A retrieval system under test. */
export interface System {
  name: string;
  ask(question: string): Reply;
}

export interface Tally {
  n: number;
  /** In scope: answered and the first source is right. */
  top1: number;
  /** In scope: the first source is right, answered or not. */
  first: number;
  top3: number;
  answered: number;
  /** Out of scope: not answered. */
  refused: number;
}

export interface Scores {
  inScope: Tally;
  outOfScope: Tally;
  byStyle: Map<string, Tally>;
  /** In scope and out of scope: (confidence, the answer is right). */
  calibration: Array<[number, boolean]>;
  p50: number;
  p95: number;
  cpuP50: number;
  cpuP95: number;
  /**
   * p95 over questions of each question's cheapest pass in CPU time: what the code itself costs.
   * On a loaded machine the wall clock counts time the scheduler gave to other processes, and even
   * a call's CPU time grows when other processes thrash the caches; the cheapest of 5 passes is
   * the least disturbed.
   */
  steadyP95: number;
}

const empty = (): Tally => ({ n: 0, top1: 0, first: 0, top3: 0, answered: 0, refused: 0 });
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

function latency(system: System, set: QuestionSet, passes: number): Pick<Scores, 'p50' | 'p95' | 'cpuP50' | 'cpuP95' | 'steadyP95'> {
  // The garbage of building the indexes is collected first (with --expose-gc), so it is not billed to a query.
  (globalThis as { gc?: () => void }).gc?.();
  // Wall time, and the process's CPU time for the same call: on a shared machine the wall clock
  // also counts time the scheduler gave to other processes, the CPU time does not.
  const times: number[] = [];
  const cpu: number[] = [];
  const all = [...set.inScope, ...set.outOfScope].map((x) => x.q);
  const fastest = all.map(() => Infinity);
  for (let pass = 0; pass < passes; pass += 1) {
    for (const [i, q] of all.entries()) {
      const c = process.cpuUsage();
      const t = performance.now();
      system.ask(q);
      times.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      fastest[i] = Math.min(fastest[i]!, cpu.at(-1)!);
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  fastest.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), cpuP50: percentile(cpu, 0.5), cpuP95: percentile(cpu, 0.95), steadyP95: percentile(fastest, 0.95) };
}

export function score(system: System, set: QuestionSet, passes = 5): Scores {
  const inScope = empty();
  const outOfScope = empty();
  const byStyle = new Map<string, Tally>();
  const calibration: Array<[number, boolean]> = [];
  const styleTally = (style: string | undefined, oos: boolean) => {
    const key = `${oos ? 'out of scope: ' : ''}${style ?? 'all'}`;
    const t = byStyle.get(key) ?? empty();
    byStyle.set(key, t);
    return t;
  };
  for (const { q, expect, style } of set.inScope) {
    const r = system.ask(q);
    const rank = r.paths.findIndex((p) => expect.includes(p));
    for (const t of [inScope, styleTally(style, false)]) {
      t.n += 1;
      if (rank === 0) t.first += 1;
      if (rank >= 0 && rank < 3) t.top3 += 1;
      if (r.answered) t.answered += 1;
      if (r.answered && rank === 0) t.top1 += 1;
    }
    if (r.confidence !== undefined) calibration.push([r.confidence, rank === 0]);
  }
  for (const { q, style } of set.outOfScope) {
    const r = system.ask(q);
    for (const t of [outOfScope, styleTally(style, true)]) {
      t.n += 1;
      if (r.answered) t.answered += 1;
      else t.refused += 1;
    }
    if (r.confidence !== undefined) calibration.push([r.confidence, false]);
  }
  return { inScope, outOfScope, byStyle, calibration, ...latency(system, set, passes) };
}

const f = (x: number, n: number) => (n ? (x / n).toFixed(3) : '—');
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Precision: the first source is right among the in-scope and out-of-scope questions answered. */
export const precision = (s: Scores) => f(s.inScope.top1, s.inScope.answered + s.outOfScope.answered);

export function summaryTable(set: QuestionSet, rows: Array<[System, Scores]>): string {
  return [
    `**${set.name}** — ${set.inScope.length} in-scope questions, ${set.outOfScope.length} out-of-scope`,
    '',
    '| system | top-1 (answered, first right) | first source right | top-3 | out-of-scope refused | precision | in-scope answered | p50 | p95 | CPU p50 | CPU p95 | steady CPU p95 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(([s, r]) => {
      const i = r.inScope;
      return `| ${s.name} | ${f(i.top1, i.n)} | ${f(i.first, i.n)} | ${f(i.top3, i.n)} | ${f(r.outOfScope.refused, r.outOfScope.n)} | ${precision(r)} | ${f(i.answered, i.n)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.cpuP50)} | ${ms(r.cpuP95)} | ${ms(r.steadyP95)} |`;
    }),
  ].join('\n');
}

/** Per style, each system's top-1 / top-3 (in scope) or refused share (out of scope). */
export function styleTable(rows: Array<[System, Scores]>): string {
  const styles = [...rows[0]![1].byStyle.keys()];
  if (styles.length <= 2 && styles.every((s) => s.endsWith('all'))) return '';
  const head = `| style | n | ${rows.map(([s]) => `${s.name}: top-1 / top-3 / answered (refused)`).join(' | ')} |`;
  const lines = styles.map((style) => {
    const cells = rows.map(([, r]) => {
      const t = r.byStyle.get(style)!;
      return style.startsWith('out of scope') ? `refused ${f(t.refused, t.n)}` : `${f(t.top1, t.n)} / ${f(t.top3, t.n)} / ${f(t.answered, t.n)}`;
    });
    return `| ${style} | ${rows[0]![1].byStyle.get(style)!.n} | ${cells.join(' | ')} |`;
  });
  return [head, `|---|---|${rows.map(() => '---|').join('')}`, ...lines].join('\n');
}

/** Reliability: in confidence bands, how often the first source was right (out-of-scope questions count as wrong). */
export function reliabilityTable(name: string, calibration: Array<[number, boolean]>, bands: readonly number[]): string {
  if (!calibration.length) return '';
  const edges = [0, ...bands, 1.0001];
  const lines: string[] = [];
  for (let i = 0; i < edges.length - 1; i += 1) {
    const inBand = calibration.filter(([c]) => c >= edges[i]! && c < edges[i + 1]!);
    const right = inBand.filter(([, ok]) => ok).length;
    const mean = inBand.reduce((a, [c]) => a + c, 0) / (inBand.length || 1);
    lines.push(`| ${edges[i]!.toFixed(2)}–${Math.min(1, edges[i + 1]!).toFixed(2)} | ${inBand.length} | ${inBand.length ? mean.toFixed(3) : '—'} | ${f(right, inBand.length)} |`);
  }
  return [`Reliability (${name}): confidence band, questions, mean confidence, share whose first source is right`, '', '| band | n | mean confidence | right |', '|---|---|---|---|', ...lines].join('\n');
}
