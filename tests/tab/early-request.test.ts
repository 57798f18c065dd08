import assert from 'node:assert/strict';
import { fromEarly, settledWithin, startEarly } from '../../tab/src/lib/early-request.js';

/** Stands in for the tab's API client, which the loaders here do not use. */
const client = { name: 'api client' };
type Client = typeof client;
const signal = new AbortController().signal;

/** A loader that counts its calls and answers what `answer` gives for each call number. */
function counting<T>(answer: (call: number) => Promise<T>) {
  const load = (_client: Client, _signal: AbortSignal) => answer(++load.calls);
  load.calls = 0;
  return load;
}

describe('tab: requests started before the first render (early-request)', () => {
  it('hands the early request to the first caller only; the next one asks the server again', async () => {
    const load = counting(async (call) => `answer ${call}`);
    startEarly(client, load);
    assert.equal(load.calls, 1);
    const loader = fromEarly(load);
    assert.equal(await loader(client, signal), 'answer 1');
    assert.equal(load.calls, 1, 'the first caller waited for the early request');
    assert.equal(await loader(client, signal), 'answer 2', 'a retry or a later mount is a new call');
  });

  it('offers an answer that is already here, until a component says it used it', async () => {
    let resolve!: (value: string) => void;
    const load = counting((call) => (call === 1 ? new Promise<string>((r) => (resolve = r)) : Promise.resolve('asked again')));
    startEarly(client, load);
    const loader = fromEarly(load);
    assert.equal(loader.answered(), undefined, 'still on its way');
    resolve('me');
    await new Promise((r) => setTimeout(r, 0));
    assert.deepEqual(loader.answered(), { data: 'me' });
    assert.deepEqual(loader.answered(), { data: 'me' }, 'reading it does not use it up (StrictMode renders twice)');
    loader.forget();
    assert.equal(loader.answered(), undefined);
    assert.equal(await loader(client, signal), 'asked again', 'once used, the next load is a new call');
  });

  it('passes a failure to the caller, and never offers it as an answer', async () => {
    const load = counting(async (call): Promise<string> => {
      if (call === 1) throw new Error('offline');
      return 'back';
    });
    startEarly(client, load);
    await new Promise((r) => setTimeout(r, 0));
    const loader = fromEarly(load);
    assert.equal(loader.answered(), undefined);
    await assert.rejects(loader(client, signal), /offline/);
    assert.equal(await loader(client, signal), 'back', 'Retry asks the server again');
  });

  it('without an early start, every call goes to the server', async () => {
    const load = counting(async (call) => call);
    const loader = fromEarly(load);
    assert.equal(loader.answered(), undefined);
    assert.equal(await loader(client, signal), 1);
    assert.equal(await loader(client, signal), 2);
  });

  it('lets the first render wait for the early calls, answered or failed, but no longer than its bound', async () => {
    const quick = counting(async (call) => `quick ${call}`);
    const failing = counting(async (): Promise<string> => {
      throw new Error('offline');
    });
    await settledWithin([startEarly(client, quick), startEarly(client, failing)], 5_000);
    assert.deepEqual(fromEarly(quick).answered(), { data: 'quick 1' }, 'the answer is there for the first render');
    assert.equal(fromEarly(failing).answered(), undefined);
    fromEarly(quick).forget();
    fromEarly(failing).forget();
    const hanging = counting(() => new Promise<string>(() => undefined));
    const began = Date.now();
    await settledWithin([startEarly(client, hanging)], 50);
    assert.ok(Date.now() - began < 1_000, 'a call that hangs does not hold the page back');
    fromEarly(hanging).forget();
  });
});
