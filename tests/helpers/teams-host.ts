import assert from 'node:assert/strict';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { screenshotDir } from './browser.js';
import type { TabSession } from './tab-session.js';

/** The stand-in Teams web client's address (served by the test, never fetched). */
export const TEAMS_HOST_URL = 'https://teams.microsoft.com/maker-hub-teams-host';
/** A reserved public name the framed tab is served from: Chromium does not let a public page frame 127.0.0.1. */
export const TAB_ORIGIN = 'https://maker-hub.test';

/** What the stand-in's getContext tells the tab (Teams' app.locale, app.theme, page.id, page.subPageId). */
export interface TeamsHostContext {
  readonly locale?: string;
  readonly theme?: 'default' | 'dark' | 'contrast';
  readonly entityId?: string;
  /** A card's deep link target, e.g. 'event:<id>'. */
  readonly subEntityId?: string;
}

/**
 * Opens the tab as Teams does: framed by a stand-in Teams web client whose getContext answers with
 * `locale`, so the language comes from teams-js, not from the browser. The tab is served from a
 * reserved public name (Chromium does not let a public page frame 127.0.0.1); its API calls reach
 * the test server without the fake SSO token, so the test server's development identity signs in.
 * `pathAndQuery` is the tab's address on that origin, e.g. '/events?inTeams=1'.
 */
export async function openTabInTeams(session: TabSession, locale: string, pathAndQuery: string, context: Omit<TeamsHostContext, 'locale'> = {}): Promise<{ page: Page; tab: Frame }> {
  const page = await session.open('/?theme=light');
  await page.context().route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.href === TEAMS_HOST_URL) return route.fulfill({ contentType: 'text/html', body: teamsHostPage(`${TAB_ORIGIN}${pathAndQuery}`, { ...context, locale }) });
    if (url.origin === TAB_ORIGIN) {
      const headers = Object.fromEntries(Object.entries(await request.allHeaders()).filter(([name]) => name !== 'authorization'));
      return route.fulfill({ response: await route.fetch({ url: session.app.baseUrl + url.pathname + url.search, headers }) });
    }
    if (url.origin === new URL(session.app.baseUrl).origin) return route.continue();
    return route.abort();
  });
  await page.goto(TEAMS_HOST_URL);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame, 'the host frames the tab');
  return { page, tab: frame };
}

/** The framed tab as the user sees it (a full-page shot of the host can come out blank while the frame paints). */
export async function shootFramedTab(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.locator('iframe').screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

/**
 * The HTML of a minimal Teams web client: frames `tabUrl` and answers the teams-js calls the tab
 * makes (initialize, getContext, getAuthToken with a fake token) in teams-js' wire format,
 * `{ id, uuidAsString, args }` echoing the request's ids.
 */
export function teamsHostPage(tabUrl: string, { locale = 'en-us', theme = 'default', entityId = 'home', subEntityId }: TeamsHostContext = {}): string {
  const context = { theme, locale, frameContext: 'content', entityId, ...(subEntityId === undefined ? {} : { subEntityId }), hostClientType: 'web' };
  return `<!doctype html><html lang="en"><head><title>Teams host stand-in</title></head>
<body style="margin:0"><iframe title="Maker Hub" src="${tabUrl}" style="border:0;width:100vw;height:100vh"></iframe>
<script>
  const answers = {
    initialize: () => ['content', 'web', '2.0.0'],
    getContext: () => [${JSON.stringify(context)}],
    'authentication.getAuthToken': () => [true, 'fake-teams-sso-token'],
  };
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message.func !== 'string' || !(message.func in answers)) return;
    event.source.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: answers[message.func]() }, event.origin);
  });
</script></body></html>`;
}
