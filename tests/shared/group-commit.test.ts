import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { GroupCommit } from '../../src/domain/shared/group-commit.js';

/** A writer that keeps what each call wrote, and fails any group holding a "bad" item. */
function recorder() {
  const groups: string[][] = [];
  const write = async (items: readonly string[]) => {
    await sleep(1);
    if (items.includes('bad')) throw new Error('bad item');
    groups.push([...items]);
  };
  return { groups, write };
}

describe('group commit (the question log)', () => {
  it('when items arrive together, then one write holds them all and every caller resolves after it', async () => {
    const { groups, write } = recorder();
    const log = new GroupCommit(write, { windowMs: 0 });
    const done: string[] = [];
    await Promise.all(['a', 'b', 'c'].map((x) => log.add(x).then(() => done.push(x))));
    assert.deepEqual(groups, [['a', 'b', 'c']]);
    assert.deepEqual(done.sort(), ['a', 'b', 'c']);
  });

  it('when an item arrives while a group is being written, then it waits for the next write, not a later one', async () => {
    const { groups, write } = recorder();
    const log = new GroupCommit(write, { windowMs: 0 });
    const first = log.add('a');
    // The group is started by a setImmediate; mocha runs a test from one too, so a 0 ms timer can
    // fire before it on a busy machine. An immediate queued now runs after it: ['a'] is being written.
    await new Promise((resolve) => setImmediate(resolve));
    const second = log.add('b');
    await first;
    assert.deepEqual(groups, [['a']], 'the first caller does not wait for the second item');
    await second;
    assert.deepEqual(groups, [['a'], ['b']]);
  });

  it('when one item of a group cannot be written, then only its caller fails and the others are stored', async () => {
    const { groups, write } = recorder();
    const log = new GroupCommit(write, { windowMs: 0 });
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((x) => log.add(x)));
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
    assert.match(String((results[1] as PromiseRejectedResult).reason), /bad item/);
    assert.deepEqual(groups, [['a'], ['c']]);
  });

  it('when the writer is idle, then an item does not wait for the window; under load, items within the window share a write', async () => {
    const { groups, write } = recorder();
    const log = new GroupCommit(write, { windowMs: 200 });
    const started = performance.now();
    await log.add('alone');
    assert.ok(performance.now() - started < 150, 'an idle writer writes at once');
    await sleep(5);
    // Written 5 ms ago, so busy: the next item waits up to 200 ms, and one arriving 20 ms later joins it.
    const first = log.add('x');
    await sleep(20);
    await Promise.all([first, log.add('y')]);
    assert.deepEqual(groups, [['alone'], ['x', 'y']]);
  });

  it('when groups are capped, then a burst is written in groups of at most that size, in order', async () => {
    const { groups, write } = recorder();
    const log = new GroupCommit(write, { windowMs: 0, maxGroup: 2 });
    await Promise.all(['1', '2', '3', '4', '5'].map((x) => log.add(x)));
    assert.deepEqual(groups, [['1', '2'], ['3', '4'], ['5']]);
  });

  it('when drained, then everything added before has been written', async () => {
    const { groups, write } = recorder();
    const log = new GroupCommit(write, { windowMs: 50 });
    void log.add('a');
    void log.add('b');
    await log.drain();
    assert.deepEqual(groups.flat(), ['a', 'b']);
  });
});
