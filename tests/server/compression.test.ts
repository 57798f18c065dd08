import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { invoke, personalConversation } from '../helpers/activities.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { rawRequest, type RawResponse } from '../helpers/raw-http.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

function decoded(res: RawResponse): string {
  const coding = res.headers['content-encoding'];
  if (coding === 'br') return brotliDecompressSync(res.body).toString();
  if (coding === 'gzip') return gunzipSync(res.body).toString();
  assert.equal(coding, undefined, `unexpected Content-Encoding ${String(coding)}`);
  return res.body.toString();
}

describe('server: API answers compressed on the fly', () => {
  let t: TestApp;
  let stub: ConnectorStub;
  before(async () => {
    stub = await new ConnectorStub().start();
    // Sample content: the training catalogue is a JSON answer of several kilobytes.
    t = await startTestApp({ SEED_SAMPLE_CONTENT: 'true' });
  });
  after(async () => {
    await t.close();
    await stub.stop();
  });

  it('when a large JSON answer is asked for with brotli or gzip, then it comes compressed, marked Vary, and decodes to the same JSON', async () => {
    const plain = await rawRequest(t.baseUrl, '/api/training');
    assert.equal(plain.status, 200);
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.body.length > 2048, `the training answer is only ${plain.body.length} bytes`);
    const expected = JSON.parse(plain.body.toString());
    for (const coding of ['br', 'gzip']) {
      const res = await rawRequest(t.baseUrl, '/api/training', { 'accept-encoding': coding });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], coding);
      assert.match(String(res.headers['vary']), /Accept-Encoding/i);
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.ok(res.body.length < plain.body.length / 2, `${coding}: ${res.body.length} of ${plain.body.length} bytes`);
      assert.deepEqual(JSON.parse(decoded(res)), expected);
    }
  });

  it('when a JSON answer is small, then it is sent plain even to a client that accepts compression', async () => {
    const res = await rawRequest(t.baseUrl, '/api/me', { 'accept-encoding': 'br, gzip' });
    assert.equal(res.status, 200);
    assert.ok(res.body.length < 1024);
    assert.equal(res.headers['content-encoding'], undefined);
    assert.equal(Number(res.headers['content-length']), res.body.length);
    assert.equal(JSON.parse(res.body.toString()).user.displayName, 'Ada Admin');
  });

  it('when an error answer is asked for compressed, then it still reads as our JSON error', async () => {
    const res = await rawRequest(t.baseUrl, '/api/training/paths/not-a-path', { 'accept-encoding': 'gzip' });
    assert.ok(res.status >= 400 && res.status < 500);
    assert.ok(JSON.parse(decoded(res)).error.code);
  });

  it('when Teams posts an invoke to the bot endpoint accepting gzip, then the (large) invoke response is sent plain', async () => {
    const activity = invoke('composeExtension/query', { commandId: 'searchKnowledge', parameters: [{ name: 'query', value: 'dlp policy' }], queryOptions: { skip: 0, count: 10 } }, { serviceUrl: stub.url, conversation: personalConversation() });
    const res = await rawRequest(t.baseUrl, '/api/messages', { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' }, { method: 'POST', body: JSON.stringify(activity) });
    assert.equal(res.status, 200);
    assert.ok(res.body.length > 1024, `the invoke response is only ${res.body.length} bytes`);
    assert.equal(res.headers['content-encoding'], undefined);
    const body = JSON.parse(res.body.toString()) as { composeExtension: { attachments: unknown[] } };
    assert.ok(body.composeExtension.attachments.length >= 1);
  });
});
