import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { KbAnswer } from '../../domain/ask/types.js';
import { CliError, OPERATOR, withServices } from '../context.js';
import { progressOnTerminal } from '../progress.js';

/**
 * The `kb ask --json` line: exactly these keys, in this order (scripts and the bench read it).
 * `answered` is true for the "answer" grade only; `confidence` is the calibrated 0–1 estimate.
 */
export function answerJson(answer: KbAnswer): string {
  return JSON.stringify({
    question: answer.question,
    answered: answer.answered,
    grade: answer.grade,
    confidence: answer.confidence,
    answer: answer.answer,
    sources: answer.sources.slice(0, 5).map((s) => ({ path: s.path, heading: s.heading, title: s.title, score: s.score })),
  });
}

function answerText(answer: KbAnswer): string {
  const head = answer.grade === 'answer' ? answer.answer : answer.grade === 'closest' ? 'These look closest:' : "I don't know that one — nothing in the knowledge base answers it.";
  const lines = [head, ...answer.closest.map((c) => `  - ${c.title}${c.heading ? ` › ${c.heading}` : ''}: ${c.sentence}`), '', `grade ${answer.grade}, confidence ${answer.confidence.toFixed(3)}${answer.highConfidence ? ' (high)' : ''}`];
  for (const s of answer.sources) lines.push(`  ${s.score.toFixed(3)}  ${s.path}${s.heading ? ` › ${s.heading}` : ''}  (${s.title})`);
  return lines.join('\n');
}

async function readQuestions(file: string): Promise<string[]> {
  const text = file === '-' ? await readStdin() : await readFile(file, 'utf8').catch(() => {
    throw new CliError(`cannot read ${file}`);
  });
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function registerKbCommands(program: Command): void {
  const kb = program.command('kb').description('The Ask knowledge base: ingest Markdown folders, list contents, ask questions');

  kb.command('ingest <folder>')
    .description('Ingest a folder of Markdown files (re-ingesting updates changed files and removes deleted ones)')
    .option('--base-url <url>', 'where the folder is published on the web (documents link to <url>/<path without .md>)')
    .option('--json', 'print the report as JSON')
    .action(async (folder: string, options: { baseUrl?: string; json?: boolean }) => {
      if (options.baseUrl && !/^https?:\/\//i.test(options.baseUrl)) throw new CliError(`--base-url "${options.baseUrl}" is not an http(s) URL`);
      await withServices(async (services) => {
        const progress = progressOnTerminal();
        const report = await services.ask.knowledge
          .ingest({ actor: OPERATOR }, folder, { baseUrl: options.baseUrl ?? null, onProgress: (phase, done, total) => progress.update(phase === 'reading' ? 'reading files' : 'writing documents', done, total) })
          .finally(() => progress.done());
        for (const warning of report.warnings) console.error(`warning: ${warning}`);
        if (options.json) return console.log(JSON.stringify(report));
        console.log(`${report.root}: added ${report.added.length}, updated ${report.updated.length}, removed ${report.removed.length}, unchanged ${report.unchanged} (${report.sections} sections written)`);
      });
    });

  kb.command('list')
    .description('List FAQ entries, expert answers and ingested documents')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withServices(async (services) => {
        const { entries, documents } = await services.ask.knowledge.contents();
        if (options.json) {
          return console.log(
            JSON.stringify({
              entries: entries.map((e) => ({ path: e.path, kind: e.kind, question: e.question, tags: e.tags, owner: e.owner, updatedAt: e.updatedAt })),
              documents: documents.map((d) => ({ root: d.root, path: d.path, title: d.title, sections: d.sectionCount, updatedAt: d.updatedAt })),
            }),
          );
        }
        console.log(`${entries.length} FAQ and expert entries, ${documents.length} documents`);
        for (const e of entries) console.log(`  ${e.path.padEnd(48)} ${e.question}`);
        let root = '';
        for (const d of documents) {
          if (d.root !== root) console.log(`${(root = d.root)}:`);
          console.log(`  ${d.path.padEnd(48)} ${d.title} (${d.sectionCount} sections)`);
        }
      });
    });

  kb.command('ask [question]')
    .description('Ask the knowledge base (what the bot would answer, without AI and without recording it)')
    .option('--json', 'one JSON line per question: {question, answered, answer, sources:[{path, heading, title, score}]}')
    .option('--file <file>', 'read one question per line from FILE ("-" = stdin), answer each in order')
    .action(async (question: string | undefined, options: { json?: boolean; file?: string }) => {
      const questions = options.file ? await readQuestions(options.file) : question?.trim() ? [question.trim()] : [];
      if (!options.file && !questions.length) throw new CliError('give a question, or --file FILE with one question per line');
      await withServices(async (services) => {
        for (const q of questions) {
          const answer = await services.ask.knowledge.ask(q);
          console.log(options.json ? answerJson(answer) : `${questions.length > 1 ? `? ${q}\n` : ''}${answerText(answer)}${questions.length > 1 ? '\n' : ''}`);
        }
      });
    });
}
