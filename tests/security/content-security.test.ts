import assert from 'node:assert/strict';
import { STORY_FORM } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

/** The policy's directives by name. */
function directives(header: string | null): Map<string, string[]> {
  assert.ok(header, 'a Content-Security-Policy header');
  return new Map(header.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('tab content security: CSP and the story-picture allow-list (defect 11)', function () {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ TAB_IMAGE_HOSTS: '*.sharepoint.com,images.maker-hub.test' });
  });
  after(async () => t.close());

  it('when the tab, a legal page or an unknown path is fetched, then each answer carries the policy: scripts and connections to self, frames from Teams hosts, pictures from the allow-list', async () => {
    for (const path of ['/', '/stories', '/about', '/no-such-page.js']) {
      const res = await fetch(`${t.baseUrl}${path}`);
      const csp = directives(res.headers.get('content-security-policy'));
      assert.deepEqual(csp.get('script-src'), ["'self'"], path);
      assert.deepEqual(csp.get('connect-src'), ["'self'", 'https://res.cdn.office.net'], path);
      assert.deepEqual(csp.get('default-src'), ["'self'"], path);
      assert.deepEqual(csp.get('object-src'), ["'none'"], path);
      assert.deepEqual(csp.get('img-src'), ["'self'", 'data:', 'blob:', 'https://*.sharepoint.com', 'https://images.maker-hub.test'], path);
      for (const name of ['frame-ancestors', 'frame-src']) {
        const hosts = csp.get(name) ?? [];
        assert.ok(hosts.includes('https://teams.microsoft.com'), `${path} ${name}`);
        assert.ok(hosts.every((h) => h === "'self'" || /^https:\/\/(\*\.)?[a-z0-9.-]+$/.test(h)), `${path} ${name}: ${hosts.join(' ')}`);
      }
      assert.ok(!/unsafe-eval|\bhttps?:(\s|;|$)|\*(\s|;|$)/.test(res.headers.get('content-security-policy')!), 'no eval, no scheme or host wildcards');
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    }
  });

  // API answers and the build's scripts are never documents: the tab's 0.9 KB policy governed
  // nothing there and was sent on every call and every chunk (issue #20). What they carry instead
  // must still forbid everything, so one opened as a page can run and frame nothing.
  it('when the API or one of the built tab scripts is fetched, then the answer allows nothing and no framing, and is not sniffed', async () => {
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await fetch(`${t.baseUrl}/`)).text())?.[1];
    assert.ok(script, 'index.html names its script (is the tab built?)');
    for (const path of ['/api/me', '/api/nope', '/api/home', script, '/assets/missing-123.js']) {
      const res = await fetch(`${t.baseUrl}${path}`);
      const csp = directives(res.headers.get('content-security-policy'));
      assert.deepEqual(csp.get('default-src'), ["'none'"], path);
      assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });

  it('when a story names a picture on a host outside the allow-list, then it is refused next to the field and nothing is stored', async () => {
    const submit = (imageUrl: string, key: string) =>
      fetch(`${t.baseUrl}/api/stories`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...STORY_FORM, imageUrl, submissionKey: key }) });
    const refused = await submit('https://tracker.example/pixel.png', 'story-host-1');
    assert.equal(refused.status, 400);
    const body = (await refused.json()) as { error: { fields: Record<string, string> } };
    assert.match(body.error.fields.imageUrl!, /Pictures can only come from \*\.sharepoint\.com, images\.maker-hub\.test/);
    assert.equal((await t.app.services.store.handle.db.selectFrom('stories').select('id').execute()).length, 0);
    assert.equal((await submit('https://sharepoint.com.tracker.example/p.png', 'story-host-2')).status, 400, 'a look-alike host is not a subdomain');
    assert.equal((await submit('https://contoso.sharepoint.com/sites/coe/p.png', 'story-host-3')).status, 200);
  });
});
