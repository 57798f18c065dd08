import assert from 'node:assert/strict';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { screenshotDir } from './browser.js';
import type { TabSession } from './tab-session.js';

const HOST_URL = 'https://teams.microsoft.com/maker-hub-teams-host';
const TAB_ORIGIN = 'https://maker-hub.test';

/**
 * Opens the tab as Teams does: framed by a stand-in Teams web client whose getContext answers with
 * `locale`, so the language comes from teams-js, not from the browser. The tab is served from a
 * reserved public name (Chromium does not let a public page frame 127.0.0.1); its API calls reach
 * the test server without the fake SSO token, so the test server's development identity signs in.
 * `pathAndQuery` is the tab's address on that origin, e.g. '/events?inTeams=1'.
 */
export async function openTabInTeams(session: TabSession, locale: string, pathAndQuery: string, query = '/?theme=light'): Promise<{ page: Page; tab: Frame }> {
  const page = await session.open(query);
  await page.context().route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.href === HOST_URL) return route.fulfill({ contentType: 'text/html', body: fakeTeamsHost(`${TAB_ORIGIN}${pathAndQuery}`, locale) });
    if (url.origin === TAB_ORIGIN) {
      const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => name !== 'authorization'));
      return route.fulfill({ response: await route.fetch({ url: session.app.baseUrl + url.pathname + url.search, headers }) });
    }
    if (url.origin === new URL(session.app.baseUrl).origin) return route.continue();
    return route.abort();
  });
  await page.goto(HOST_URL);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame, 'the host frames the tab');
  return { page, tab: frame };
}

/** The framed tab as the user sees it (a full-page shot of the host can come out blank while the frame paints). */
export async function shootFramedTab(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.locator('iframe').screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

function fakeTeamsHost(tabUrl: string, locale: string): string {
  return `<!doctype html><html lang="en"><head><title>Teams host stand-in</title></head>
<body style="margin:0"><iframe title="Maker Hub" src="${tabUrl}" style="border:0;width:100vw;height:100vh"></iframe>
<script>
  const answers = {
    initialize: () => ['content', 'web', '2.0.0'],
    getContext: () => [{ theme: 'default', locale: '${locale}', frameContext: 'content', entityId: 'home', hostClientType: 'web' }],
    'authentication.getAuthToken': () => [true, 'fake-teams-sso-token'],
  };
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || !(message.func in answers)) return;
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: answers[message.func]() }, event.origin);
  });
</script></body></html>`;
}
