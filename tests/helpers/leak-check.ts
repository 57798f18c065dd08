import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A mocha root hook plugin (.mocharc*.cjs `require`): every suite of the run shares one private
 * temp folder (os.tmpdir() reads TMPDIR on each call, so apps, CLIs they spawn and browsers all
 * write there), and at the end of the run the folder must be empty and no server may still be
 * listening. A suite that leaves a temp file, an upload, a browser profile or an open port behind
 * fails the run, naming what it left. The folder is removed either way.
 * In mocha's parallel mode (.mocharc.cjs) each worker runs every test file as a run of its own, so
 * these hooks run around each file: each file gets its own folder, checked when it ends.
 */
let privateTmp: string | undefined;
let savedTmp: string | undefined;

/** Listening servers and open server handles of this process (sockets of finished requests do not count). */
function listeners(): string[] {
  return process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap' || r === 'PipeServerWrap');
}

export const mochaHooks = {
  beforeAll(): void {
    savedTmp = process.env.TMPDIR;
    const shared = tmpdir();
    privateTmp = mkdtempSync(path.join(shared, 'maker-hub-run-'));
    // tsx keeps its compile cache in <tmp>/tsx-<uid>: the processes the suites spawn (CLI, crash
    // children) keep using the warm one through a link, instead of compiling everything anew.
    const cache = `tsx-${process.getuid?.() ?? 0}`;
    if (existsSync(path.join(shared, cache))) symlinkSync(path.join(shared, cache), path.join(privateTmp, cache), 'dir');
    process.env.TMPDIR = privateTmp;
  },
  async afterAll(): Promise<void> {
    if (!privateTmp) return;
    // Servers close their handles on the next turns of the event loop: give them a moment.
    for (let i = 0; i < 20 && listeners().length; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    const left = readdirSync(privateTmp).filter((name) => !/^tsx-\d+$/.test(name));
    const open = listeners();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(privateTmp, { recursive: true, force: true });
    privateTmp = undefined;
    const problems = [...(left.length ? [`temp files left behind: ${left.join(', ')}`] : []), ...(open.length ? [`still listening: ${open.length} server handle(s) (${open.join(', ')})`] : [])];
    if (problems.length) throw new Error(`The test run left things behind:\n  - ${problems.join('\n  - ')}`);
  },
};
