import assert from 'node:assert/strict';
import type { JsonObject } from '../../src/manifest/problems.js';
import { checkUrls, domainAllows } from '../../src/manifest/urls.js';

function manifestFor(origin: string, domain: string): JsonObject {
  return {
    developer: { websiteUrl: `${origin}/about`, privacyUrl: `${origin}/privacy`, termsOfUseUrl: `${origin}/terms` },
    staticTabs: [{ entityId: 'home', contentUrl: `${origin}/?inTeams=1`, websiteUrl: `${origin}/` }, { entityId: 'about' }],
    configurableTabs: [{ configurationUrl: `${origin}/config?inTeams=1` }],
    validDomains: [domain],
    webApplicationInfo: { id: 'x', resource: `api://${domain}/x` },
  };
}

const messages = (manifest: JsonObject, env: string): string[] =>
  checkUrls(manifest, env).map((p) => `${p.pointer ?? ''} ${p.message}`);

describe('manifest URL and domain rules', () => {
  it('when the tab is on https under a listed domain, then no environment finds a problem', () => {
    for (const env of ['local', 'dev', 'prod']) {
      assert.deepEqual(messages(manifestFor('https://hub.contoso.com', 'hub.contoso.com'), env), [], env);
    }
  });

  it('when the local environment uses http on localhost, then it is accepted', () => {
    assert.deepEqual(messages(manifestFor('http://localhost:3978', 'localhost:3978'), 'local'), []);
  });

  it('when a non-local environment uses http, then one problem names the first URL and counts the others', () => {
    const found = messages(manifestFor('http://hub.contoso.com', 'hub.contoso.com'), 'prod');
    assert.deepEqual(found, [
      '/developer/websiteUrl must use https in the "prod" environment: "http://hub.contoso.com/about" (and 5 more URL(s) on http://hub.contoso.com)',
    ]);
  });

  it('when the local environment uses http on another host, then https is required', () => {
    const found = messages(manifestFor('http://hub.contoso.com', 'hub.contoso.com'), 'local');
    assert.match(found[0] ?? '', /must use https in the "local" environment \(plain http is only allowed for localhost\)/);
  });

  it('when a tunnel or wildcard domain is used outside local/dev, then it is rejected, and allowed in dev', () => {
    const tunnel = manifestFor('https://abc123.devtunnels.ms', 'abc123.devtunnels.ms');
    assert.deepEqual(messages(tunnel, 'dev'), []);
    const prod = messages(tunnel, 'prod');
    assert.ok(prod.some((m) => m.startsWith('/validDomains/0 must not use a tunnel domain')), prod.join('\n'));
    assert.ok(prod.some((m) => m.startsWith('/developer/websiteUrl must not use a tunnel domain')), prod.join('\n'));
    const ngrok = messages(manifestFor('https://a1.ngrok-free.app', 'a1.ngrok-free.app'), 'staging');
    assert.ok(ngrok.some((m) => m.includes('tunnel domain')), ngrok.join('\n'));
    const wildcard = messages(manifestFor('https://hub.contoso.com', '*.contoso.com'), 'prod');
    assert.ok(wildcard.some((m) => m.startsWith('/validDomains/0 must not be a wildcard domain')), wildcard.join('\n'));
  });

  it('when a tab URL is on a host missing from validDomains, then the URL is named', () => {
    const manifest = manifestFor('https://hub.contoso.com', 'other.contoso.com');
    const found = messages(manifest, 'prod');
    assert.ok(found.some((m) => m.startsWith('/staticTabs/0/contentUrl host "hub.contoso.com" is not listed in validDomains')), found.join('\n'));
    assert.ok(!found.some((m) => m.startsWith('/developer/')), 'developer links need not be valid domains');
  });

  it('when a valid domain has a scheme or path, then it is rejected', () => {
    const found = messages(manifestFor('https://hub.contoso.com', 'https://hub.contoso.com/'), 'prod');
    assert.ok(found.some((m) => m.startsWith('/validDomains/0 must be a host name')), found.join('\n'));
  });

  it('when validDomains entries are matched, then ports and wildcards behave as in Teams', () => {
    const url = new URL('https://hub.contoso.com:8443/x');
    assert.ok(domainAllows('hub.contoso.com', url));
    assert.ok(domainAllows('hub.contoso.com:8443', url));
    assert.ok(!domainAllows('hub.contoso.com:443', url));
    assert.ok(domainAllows('*.contoso.com', url));
    assert.ok(!domainAllows('*.contoso.com', new URL('https://contoso.com/')));
  });
});
