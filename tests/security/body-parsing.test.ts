import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** A multipart body with a 1 MB file part: what filled the disk before (one temp file per request). */
function multipart(): { body: Buffer; type: string } {
  const boundary = '----maker-hub-test-boundary';
  const file = Buffer.alloc(1024 * 1024 - 4096, 0x61);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

const everything = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String);

describe('request bodies: JSON only, bounded, in memory, before authentication (defect 1)', function () {
  let t: TestApp;
  let privateTmp: string;
  let savedTmp: string | undefined;

  before(async () => {
    // Every temp file of this process lands in a folder of our own (os.tmpdir() reads TMPDIR on each call).
    savedTmp = process.env.TMPDIR;
    privateTmp = mkdtempSync(path.join(tmpdir(), 'mh-body-'));
    process.env.TMPDIR = privateTmp;
    t = await startTestApp({ AUTH_DEV_MODE: 'false' });
  });
  after(async () => {
    await t.close();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    rmSync(privateTmp, { recursive: true, force: true });
  });

  it('when multipart POSTs and PATCHes arrive with and without tokens, then each is refused with 415 and nothing is written to disk', async () => {
    const before = everything(privateTmp);
    const { body, type } = multipart();
    const requests: Array<[string, string, Record<string, string>]> = [
      ['POST', '/api/messages', {}],
      ['POST', '/api/messages', { authorization: 'Bearer forged.token.value' }],
      ['PATCH', '/api/me/preferences', {}],
      ['PATCH', '/api/me/preferences', { authorization: 'Bearer forged.token.value' }],
      ['POST', '/api/ask/questions', {}],
    ];
    for (let round = 0; round < 4; round += 1) {
      for (const [method, route, headers] of requests) {
        const res = await fetch(`${t.baseUrl}${route}`, { method, headers: { 'content-type': type, ...headers }, body });
        assert.equal(res.status, 415, `${method} ${route}`);
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'unsupported_media_type');
        assert.ok(res.headers.get('content-security-policy'), 'refusals carry the security headers too');
      }
    }
    const created = everything(privateTmp).filter((f) => !before.includes(f));
    assert.deepEqual(created, [], 'no temp file (upload_*) or anything else was written');
  });

  it('when a form-encoded or plain-text body is sent, then it is refused with 415 (no route takes one)', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', 'application/octet-stream']) {
      const res = await fetch(`${t.baseUrl}/api/me/preferences`, { method: 'PATCH', headers: { 'content-type': type }, body: 'notificationsOptOut=true' });
      assert.equal(res.status, 415, type);
    }
  });

  it('when a body over 1 MB is sent without a token, then it is refused with 413 before authentication', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(1024 * 1024 + 10) });
    const declared = await fetch(`${t.baseUrl}/api/me/preferences`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: big });
    assert.equal(declared.status, 413);
    // Chunked (no Content-Length): cut off as soon as the stream passes the limit.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i += 1) controller.enqueue(new Uint8Array(128 * 1024).fill(0x20));
        controller.close();
      },
    });
    const chunked = await fetch(`${t.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    assert.equal(chunked.status, 413);
  });

  it('when a compressed JSON body is sent, then it is refused with 415 (nothing is decompressed)', async () => {
    const res = await fetch(`${t.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: Buffer.from([0x1f, 0x8b, 0x08, 0x00]) });
    assert.equal(res.status, 415);
  });

  it('when JSON is broken, then 400 says so; when JSON is fine but the caller is not signed in, then 401', async () => {
    const broken = await fetch(`${t.baseUrl}/api/me/preferences`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"notificationsOptOut": tru' });
    assert.equal(broken.status, 400);
    assert.equal(((await broken.json()) as { error: { code: string } }).error.code, 'invalid_json');
    const fine = await fetch(`${t.baseUrl}/api/me/preferences`, { method: 'PATCH', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ notificationsOptOut: true }) });
    assert.equal(fine.status, 401);
  });
});
