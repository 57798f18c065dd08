import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('server: health, readiness and the built tab', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('when the app is up, then /healthz and /readyz answer 200', async () => {
    assert.deepEqual(await (await fetch(`${t.baseUrl}/healthz`)).json(), { status: 'ok' });
    assert.deepEqual(await (await fetch(`${t.baseUrl}/readyz`)).json(), { status: 'ready', database: 'sqlite' });
  });

  it('when a tab page path is opened, then the built tab is served with security headers for Teams framing', async () => {
    const res = await fetch(`${t.baseUrl}/training?inTeams=1`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/html/);
    assert.match(await res.text(), /<div id="root">/);
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors .*teams\.microsoft\.com/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('when the store-required about, privacy and terms pages are opened without sign-in, then they are served', async () => {
    for (const page of ['about', 'privacy', 'terms']) {
      const res = await fetch(`${t.baseUrl}/${page}`);
      assert.equal(res.status, 200, page);
      assert.match(await res.text(), /<h1>.+<\/h1>/);
    }
  });

  it('when an unknown API or a missing asset is requested, then it is a 404, not the tab', async () => {
    assert.equal((await fetch(`${t.baseUrl}/api/nope`)).status, 404);
    assert.equal((await fetch(`${t.baseUrl}/assets/missing-123.js`)).status, 404);
  });

  it('when a path tries to climb out of the tab folder, then nothing outside it is served', async () => {
    const res = await fetch(`${t.baseUrl}/..%2f..%2fpackage.json`);
    assert.doesNotMatch(await res.text(), /"name": "maker-hub"/);
  });
});

describe('server: readiness with a broken database', () => {
  it('when the database is closed, then /readyz answers 503 while /healthz still answers', async () => {
    const t = await startTestApp();
    try {
      await t.app.services.store.close();
      assert.equal((await fetch(`${t.baseUrl}/readyz`)).status, 503);
      assert.equal((await fetch(`${t.baseUrl}/healthz`)).status, 200);
    } finally {
      // The database is already closed: closing it again fails, and the rest must still stop.
      await t.close().catch(() => undefined);
    }
  });
});
