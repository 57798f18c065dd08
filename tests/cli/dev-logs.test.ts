import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger, terminalDestination } from '../../src/logging.js';

describe('server logs: readable in a terminal, JSON lines elsewhere', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'dev-logs-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('when stdout is a terminal in development, then a line reads as time, level and message, and secrets stay redacted', async () => {
    const file = path.join(dir, 'tty.log');
    const fd = openSync(file, 'w');
    try {
      const destination = await terminalDestination('development', { isTTY: true, fd });
      assert.ok(destination, 'a pretty destination');
      createLogger('info', destination).info({ token: { token: 'hunter2' }, turn: 't-1' }, 'Maker Hub is listening');
    } finally {
      closeSync(fd);
    }
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^\[\d\d:\d\d:\d\d\.\d{3}\] .*INFO.*: .*Maker Hub is listening/);
    assert.throws(() => JSON.parse(text.split('\n')[0]!), 'not a JSON line');
    assert.ok(!text.includes('hunter2'), text);
  });

  it('when stdout is piped, or in production, then there is no pretty destination (pino writes JSON lines)', async () => {
    assert.equal(await terminalDestination('development', { isTTY: false, fd: 1 }), undefined);
    assert.equal(await terminalDestination('development', { fd: 1 }), undefined);
    assert.equal(await terminalDestination('production', { isTTY: true, fd: 1 }), undefined);
  });
});
