import assert from 'node:assert/strict';
import { progressOnTerminal } from '../../src/cli/progress.js';

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) > 0 };
};

describe('CLI progress for long jobs (kb ingest, seed)', () => {
  it('when stderr is not a terminal (scripts, CI), then nothing is written', () => {
    const s = stream(false);
    const progress = progressOnTerminal(s);
    progress.note('seeding training paths…');
    progress.update('reading files', 1, 2);
    progress.done();
    assert.deepEqual(s.written, []);
  });

  it('when stderr is a terminal, then one line is rewritten at most every 100 ms, the last step always shows, and done clears it', () => {
    const s = stream(true);
    let t = 1_000;
    const progress = progressOnTerminal(s, () => t);
    progress.update('reading files', 1, 300);
    t += 10;
    progress.update('reading files', 2, 300);
    t += 100;
    progress.update('reading files', 3, 300);
    t += 1;
    progress.update('reading files', 300, 300);
    progress.done();
    assert.deepEqual(s.written, ['\r\x1b[2Kreading files 1/300', '\r\x1b[2Kreading files 3/300', '\r\x1b[2Kreading files 300/300', '\r\x1b[2K']);
  });

  it('when nothing was shown, then done writes nothing', () => {
    const s = stream(true);
    progressOnTerminal(s).done();
    assert.deepEqual(s.written, []);
  });
});
