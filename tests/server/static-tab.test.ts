import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDirectory } from '../../tab/vite-plugins/precompress.js';
import { rawRequest } from '../helpers/raw-http.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** A built tab as Vite writes it, precompressed by the same build step, beside a file that must stay private. */
function fakeBuild(root: string): { dir: string; script: string; html: string } {
  const dir = path.join(root, 'tab');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  const script = `export const pages = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, label: `Page ${i}` })))};\n`;
  const html = `<!doctype html><html lang="en"><head><title>Maker Hub</title><script type="module" src="/assets/app-Ab12Cd34.js"></script></head><body><div id="root"></div>${' '.repeat(600)}</body></html>`;
  writeFileSync(path.join(dir, 'index.html'), html);
  writeFileSync(path.join(dir, 'assets', 'app-Ab12Cd34.js'), script);
  writeFileSync(path.join(dir, 'assets', 'logo-Ef56Gh78.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  writeFileSync(path.join(root, 'secret.txt'), 'TOP-SECRET outside the tab folder');
  return { dir, script, html };
}

describe('server: the built tab, compressed and cached', () => {
  let t: TestApp;
  let root: string;
  let build: ReturnType<typeof fakeBuild>;
  before(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'maker-hub-static-'));
    build = fakeBuild(root);
    await precompressDirectory(build.dir);
    t = await startTestApp({ TAB_STATIC_DIR: build.dir });
  });
  after(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (p: string, headers: Record<string, string> = {}) => rawRequest(t.baseUrl, p, headers);

  describe('compression', () => {
    it('when the browser accepts brotli, then the script comes as the brotli copy with its exact length', async () => {
      const res = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], 'br');
      assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
      assert.equal(res.headers['vary'], 'Accept-Encoding');
      assert.equal(Number(res.headers['content-length']), res.body.length);
      assert.ok(res.body.length < build.script.length / 3, `${res.body.length} bytes is not compressed`);
      assert.equal(brotliDecompressSync(res.body).toString(), build.script);
    });

    it('when the browser accepts gzip only (or refuses brotli with q=0), then the gzip copy comes', async () => {
      for (const accept of ['gzip', 'br;q=0, gzip;q=0.8', 'x-gzip']) {
        const res = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': accept });
        assert.equal(res.headers['content-encoding'], 'gzip', accept);
        assert.equal(Number(res.headers['content-length']), res.body.length);
        assert.equal(gunzipSync(res.body).toString(), build.script, accept);
      }
    });

    it('when the browser accepts no compression (no header, identity, or everything at q=0), then the plain file comes, still marked Vary', async () => {
      for (const accept of [undefined, 'identity', 'br;q=0, gzip;q=0', '*;q=0', 'compress']) {
        const res = await get('/assets/app-Ab12Cd34.js', accept === undefined ? {} : { 'accept-encoding': accept });
        assert.equal(res.status, 200, String(accept));
        assert.equal(res.headers['content-encoding'], undefined, String(accept));
        assert.equal(res.headers['vary'], 'Accept-Encoding');
        assert.equal(Number(res.headers['content-length']), build.script.length);
        assert.equal(res.body.toString(), build.script);
      }
    });

    it('when index.html or a client-side route is opened, then the page comes compressed too', async () => {
      for (const p of ['/', '/training', '/events/abc', '/index.html']) {
        const res = await get(p, { 'accept-encoding': 'br' });
        assert.equal(res.status, 200, p);
        assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
        assert.equal(res.headers['content-encoding'], 'br', p);
        assert.equal(brotliDecompressSync(res.body).toString(), build.html, p);
      }
    });

    it('when a picture is requested, then it is sent as it is: no compressed copy, no Vary', async () => {
      const res = await get('/assets/logo-Ef56Gh78.png', { 'accept-encoding': 'br, gzip' });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-type'], 'image/png');
      assert.equal(res.headers['content-encoding'], undefined);
      assert.equal(res.headers['vary'], undefined);
      assert.equal(res.body.length, 11);
    });
  });

  describe('caching', () => {
    it('when a hashed asset is served, then it may be cached for a year without revalidation', async () => {
      for (const p of ['/assets/app-Ab12Cd34.js', '/assets/logo-Ef56Gh78.png']) {
        assert.equal((await get(p)).headers['cache-control'], 'public, max-age=31536000, immutable', p);
      }
    });

    it('when index.html is served (by any path), then it must be revalidated and carries an ETag per encoding', async () => {
      const plain = await get('/');
      const br = await get('/training', { 'accept-encoding': 'br' });
      const gz = await get('/index.html', { 'accept-encoding': 'gzip' });
      for (const res of [plain, br, gz]) assert.equal(res.headers['cache-control'], 'no-cache');
      const tags = [plain, br, gz].map((res) => String(res.headers['etag']));
      for (const tag of tags) assert.match(tag, /^"[\w-]+"$/);
      assert.equal(new Set(tags).size, 3, 'each encoding has its own tag');
    });

    it('when an API answers, then it must be revalidated (no-cache); a download stays no-store', async () => {
      const me = await get('/api/me');
      assert.equal(me.status, 200);
      assert.equal(me.headers['cache-control'], 'no-cache');
      const unknown = await get('/api/nope');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.headers['cache-control'], 'no-cache');
      const csv = await get('/api/admin/insights/export.csv?table=headline');
      assert.equal(csv.status, 200);
      assert.equal(csv.headers['cache-control'], 'no-store');
    });
  });

  describe('conditional requests', () => {
    it('when index.html is asked for again with its ETag, then the answer is a 304 without a body', async () => {
      for (const accept of [undefined, 'br', 'gzip']) {
        const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
        const first = await get('/', headers);
        const etag = String(first.headers['etag']);
        const again = await get('/', { ...headers, 'if-none-match': etag });
        assert.equal(again.status, 304, String(accept));
        assert.equal(again.body.length, 0);
        assert.equal(again.headers['etag'], etag);
        assert.equal(again.headers['cache-control'], 'no-cache');
        // A deep link revalidates against the same page.
        assert.equal((await get('/stories', { ...headers, 'if-none-match': `W/${etag}, "other"` })).status, 304);
      }
    });

    it('when the ETag does not match (an old build, or another encoding), then the full page comes', async () => {
      const brTag = String((await get('/', { 'accept-encoding': 'br' })).headers['etag']);
      for (const [tag, accept] of [['"an-old-build"', 'br'], [brTag, 'gzip'], [brTag, '']] as const) {
        const res = await get('/', { 'if-none-match': tag, ...(accept ? { 'accept-encoding': accept } : {}) });
        assert.equal(res.status, 200, `${tag} ${accept}`);
        assert.ok(res.body.length > 0);
      }
    });
  });

  describe('hostile paths', () => {
    const hostile = [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/assets/app-Ab12Cd34.js%00.png',
      '//etc/passwd',
    ];
    it('when a path tries to climb out of the tab folder, then the private file is never served', async () => {
      for (const p of hostile) {
        const res = await get(p, { 'accept-encoding': 'br, gzip' });
        const text = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body).toString() : res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body).toString() : res.body.toString();
        assert.doesNotMatch(text, /TOP-SECRET|root:/, p);
        assert.ok(res.status === 404 || res.status === 400 || text === build.html, `${p}: ${res.status}`);
      }
    });

    it('when a compressed copy is asked for by its own name, then it is a 404, not bytes with the wrong type', async () => {
      for (const p of ['/assets/app-Ab12Cd34.js.br', '/assets/app-Ab12Cd34.js.gz', '/index.html.br', '/index.html.gz']) {
        const res = await get(p, { 'accept-encoding': 'br, gzip' });
        assert.equal(res.status, 404, p);
        assert.equal(res.body.length, 0, p);
      }
    });

    it('when a missing file is asked for, then it is a 404 (not the page), so a stale page fails loudly', async () => {
      for (const p of ['/assets/app-Old00000.js', '/favicon.ico', '/robots.txt']) {
        const res = await get(p, { 'accept-encoding': 'br' });
        assert.equal(res.status, 404, p);
        assert.equal(res.body.length, 0, p);
      }
    });
  });
});
