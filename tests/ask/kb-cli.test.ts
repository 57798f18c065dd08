import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFolder } from '../helpers/ask.js';
import { cli as cliInProcess } from '../helpers/cli.js';

/** Runs `maker-hub` on its own data folder: in-process, or as a real process when stdin is fed. */
async function cli(dataDir: string, args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_SAMPLE_CONTENT: 'false' };
  if (stdin === undefined) return cliInProcess(dataDir, args, env);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('CLI: maker-hub kb', function () {
  this.timeout(90_000);
  let dataDir: string;
  let docs: string;
  before(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-kb-cli-'));
    docs = mkdtempSync(path.join(tmpdir(), 'mh-kb-docs-'));
    writeFolder(docs, {
      'environments/sandbox.md': '---\ntitle: Sandbox environments\n---\n# Sandboxes\n\nA sandbox is where a team builds and tests.\n\n## Reset a sandbox\n\nResetting deletes everything and reprovisions the sandbox.\n',
      'licensing.md': '# Licensing\n\nPremium connectors need a premium licence for every user.\n',
    });
  });
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  });

  it('when a folder is ingested, then one line reports what changed, and a second ingest changes nothing', async () => {
    const first = await cli(dataDir, ['kb', 'ingest', docs]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout.trim(), `${docs}: added 2, updated 0, removed 0, unchanged 0 (3 sections written)`);
    const second = await cli(dataDir, ['kb', 'ingest', docs, '--json']);
    assert.deepEqual(JSON.parse(second.stdout), { root: docs, added: [], updated: [], removed: [], unchanged: 2, sections: 0, warnings: [] });
  });

  it('when kb ask --json is used, then it prints exactly {question, answered, grade, confidence, answer, sources[{path, heading, title, score}]}', async () => {
    const result = await cli(dataDir, ['kb', 'ask', 'how do I reset a sandbox?', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const answer = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.deepEqual(Object.keys(answer), ['question', 'answered', 'grade', 'confidence', 'answer', 'sources']);
    assert.equal(answer.question, 'how do I reset a sandbox?');
    assert.equal(answer.answered, true);
    assert.equal(answer.grade, 'answer');
    assert.equal(typeof answer.confidence, 'number');
    assert.ok((answer.confidence as number) > 0 && (answer.confidence as number) <= 1);
    assert.match(String(answer.answer), /reprovisions/);
    const sources = answer.sources as Array<Record<string, unknown>>;
    assert.ok(sources.length >= 1 && sources.length <= 5);
    for (const s of sources) {
      assert.deepEqual(Object.keys(s), ['path', 'heading', 'title', 'score']);
      assert.equal(typeof s.score, 'number');
    }
    assert.deepEqual(sources[0], { ...sources[0], path: 'environments/sandbox.md', heading: 'Reset a sandbox', title: 'Sandbox environments' });
  });

  it('when kb ask --json --file - reads questions from stdin, then it prints one JSON line per question, in order, skipping blank lines', async () => {
    const result = await cli(dataDir, ['kb', 'ask', '--json', '--file', '-'], 'do premium connectors need a licence?\n\nwho is my manager\nreset sandbox\n');
    assert.equal(result.code, 0, result.stderr);
    const answers = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { question: string; answered: boolean; grade: string; confidence: number; answer: string; sources: Array<{ path: string; heading: string | null }> });
    assert.deepEqual(answers.map((a) => a.question), ['do premium connectors need a licence?', 'who is my manager', 'reset sandbox']);
    assert.equal(answers[0]!.sources[0]!.path, 'licensing.md');
    assert.equal(answers[0]!.sources[0]!.heading, null);
    assert.deepEqual([answers[1]!.answered, answers[1]!.answer], [false, '']);
    // answered is true for the "answer" grade only; an out-of-scope question is not answered, at a lower confidence.
    assert.deepEqual(answers.map((a) => [a.answered, a.grade === 'answer']), [[true, true], [false, false], [true, true]]);
    assert.notEqual(answers[1]!.grade, 'answer');
    assert.ok(answers[1]!.confidence < answers[0]!.confidence && answers[1]!.confidence < answers[2]!.confidence);
  });

  it('when the questions come from a file, then the same lines come out', async () => {
    const file = path.join(docs, '..', `questions-${process.pid}.txt`);
    writeFileSync(file, 'reset sandbox\r\npremium licence\r\n');
    try {
      const result = await cli(dataDir, ['kb', 'ask', '--json', '--file', file]);
      assert.equal(result.stdout.trim().split('\n').length, 2);
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('when kb list runs, then it shows the documents; when kb ask has no question, then it says how to use it', async () => {
    const list = await cli(dataDir, ['kb', 'list', '--json']);
    const { documents } = JSON.parse(list.stdout) as { documents: Array<{ path: string; sections: number }> };
    assert.deepEqual(documents.map((d) => [d.path, d.sections]), [['environments/sandbox.md', 2], ['licensing.md', 1]]);
    const missing = await cli(dataDir, ['kb', 'ask']);
    assert.notEqual(missing.code, 0);
    assert.match(missing.stderr.trim(), /^error: give a question, or --file FILE/);
    const badFolder = await cli(dataDir, ['kb', 'ingest', path.join(docs, 'nope')]);
    assert.match(badFolder.stderr.trim(), /^error: ".*nope" is not a folder I can read\.$/);
  });
});
