import assert from 'node:assert/strict';
import { MAKER } from '../helpers/activities.js';
import { rawRequest } from '../helpers/raw-http.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { tabApi } from '../helpers/training-events.js';

const asMaker = { 'x-dev-user': MAKER.aadObjectId, 'x-dev-user-name': MAKER.name };

/** API GETs carry an ETag of their bytes; an unchanged answer is a 304 without a body (docs/tab-speed.md). */
describe('server: API answers revalidate with ETag / 304', function () {
  this.timeout(60_000);
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ SEED_SAMPLE_CONTENT: 'true', DELIVERY_WORKER: 'off' });
  });
  after(() => t.close());

  it('when a GET is repeated with its ETag, then the answer is 304 without a body, compressed or not, also with a weak or listed tag', async () => {
    const first = await rawRequest(t.baseUrl, '/api/training', asMaker);
    assert.equal(first.status, 200);
    const etag = String(first.headers['etag']);
    assert.match(etag, /^"[\w-]{22}"$/);
    assert.equal(first.headers['cache-control'], 'no-cache');
    assert.equal(Number(first.headers['content-length']), first.body.length);
    for (const inm of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
      for (const coding of [{}, { 'accept-encoding': 'br, gzip' }] as Array<Record<string, string>>) {
        const again = await rawRequest(t.baseUrl, '/api/training', { ...asMaker, ...coding, 'if-none-match': inm });
        assert.equal(again.status, 304, `If-None-Match: ${inm}`);
        assert.equal(again.body.length, 0);
        assert.equal(again.headers['etag'], etag);
        assert.equal(again.headers['content-encoding'], undefined);
      }
    }
    // Compressed, the same answer has the same tag (it names the JSON, not the bytes of one coding).
    const br = await rawRequest(t.baseUrl, '/api/training', { ...asMaker, 'accept-encoding': 'br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['etag'], etag);
  });

  it('when the answer changed, or a stale, foreign or malformed tag is sent, then the full answer comes with its own tag', async () => {
    const before = await rawRequest(t.baseUrl, '/api/training/recommended', asMaker);
    const oldTag = String(before.headers['etag']);
    const rec = JSON.parse(before.body.toString()).recommended;
    assert.equal(rec.progress.done, 0);
    // The admin's answer differs (another path): the maker's tag must not make it a 304.
    const admin = await rawRequest(t.baseUrl, '/api/training/recommended', { 'if-none-match': oldTag });
    assert.equal(admin.status, 200);
    assert.notEqual(JSON.parse(admin.body.toString()).recommended.path.id, rec.path.id);
    for (const junk of ['', '"', 'W/', oldTag.slice(0, -2) + '"', '"x"'.repeat(500)]) {
      assert.equal((await rawRequest(t.baseUrl, '/api/training/recommended', { ...asMaker, 'if-none-match': junk })).status, 200, `If-None-Match: ${junk.slice(0, 40)}`);
    }

    const overview = await tabApi(t.baseUrl, 'GET', '/api/training', undefined, MAKER);
    const path = overview.body.paths.find((p: { id: string }) => p.id === rec.path.id);
    const done = await rawRequest(t.baseUrl, `/api/training/modules/${path.modules[0].id}/done`, { ...asMaker, 'content-type': 'application/json', 'if-none-match': oldTag }, { method: 'PUT', body: JSON.stringify({ done: true }) });
    assert.equal(done.status, 200, 'a change is never a 304');
    assert.equal(done.headers['etag'], undefined, 'only GETs carry a tag');

    const after = await rawRequest(t.baseUrl, '/api/training/recommended', { ...asMaker, 'if-none-match': oldTag });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers['etag'], oldTag);
    const now = JSON.parse(after.body.toString()).recommended;
    assert.deepEqual([now.reason, now.path.id, now.progress.done], ['continue', rec.path.id, 1]);
  });

  it('when a caller is refused, then no tag is sent and a tag does not turn the refusal into a 304', async () => {
    const refused = await rawRequest(t.baseUrl, '/api/admin/training/paths', { ...asMaker, 'if-none-match': '*' });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers['etag'], undefined);
    assert.ok(JSON.parse(refused.body.toString()).error.code);
  });
});
