import { formatLocaleOf, languageOf } from '../../../src/i18n/languages';
import { createApiClient } from '../lib/api-client';
import { loadWords, prefetchWords } from '../lib/catalogue';
import { getDevUser } from '../lib/dev-user';
import { settledWithin, startEarly } from '../lib/early-request';
import { startI18n, tabLocale } from '../lib/i18n';
import { warmFormatters } from '../lib/intl-formats';
import { detectTeamsHost, getTeamsSsoToken } from '../lib/teams';
import { applyDocumentTheme, loadedTheme, loadTheme, requestedBrowserTheme, systemTheme } from '../lib/theme';
import { startHomeEarly } from '../features/home/early';
import { fetchMe } from './session/me-api';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');

// This entry holds no React: what it starts (the Teams handshake, the first calls, the words, the
// theme) runs while the browser evaluates React and the app in their own chunk, which it asks for
// first thing (the build also names that chunk in index.html: vite-plugins/preload-entry-import).
// With React in the entry, the calls began only after ~200 ms of script evaluation (docs/tab-speed.md, round nine).
const rendering = import('./render');

// Paint the canvas in the likely theme at once, and start fetching its tokens if they are not in
// the first load (dark, contrast); the Teams handshake below can take a moment.
const likely = requestedBrowserTheme() ?? systemTheme();
applyDocumentTheme(likely, loadedTheme(likely));
void loadTheme(likely).catch(() => undefined);
// Likewise the words: the browser's language is the final answer outside Teams and usually Teams'
// too; only the language spoken is fetched, the other catalogue never ships. Only the shell's and
// Home's words come now; a lazy page brings its own (app/page-words.ts).
prefetchWords(languageOf(navigator.language), 'first');

// Render once we know whether we are in Teams (bounded by a timeout, never rejects) and the theme's
// tokens are here, so a Teams user in dark mode never sees a light flash and the first API call
// knows whether to use SSO. A theme that cannot be fetched falls back to light (useAppTheme).
// The words come with it, in Teams' language (app.locale) or the browser's outside Teams; English
// stands in when that catalogue cannot be fetched, so no raw key is ever shown.
// The session's call, and Home's when the tab opens on Home, start as soon as the host is known:
// side by side with the words and the theme, not after the render that shows their answers. The
// first render waits a moment for them too: drawn with its content at once, Home is one render
// (the profile's and the page's loading states, drawn and replaced within 100–300 ms, were a second
// one on the critical path: docs/tab-speed.md round eight); a slow call still gets its loading state.
const FIRST_RENDER_WAIT_MS = 400;
void detectTeamsHost().then(async (host) => {
  const locale = tabLocale(host);
  const apiClient = createApiClient({ getAuthToken: getTeamsSsoToken, getDevUser, locale });
  const early = [startEarly(apiClient, fetchMe), ...(window.location.pathname === '/' ? [startHomeEarly(apiClient)] : [])];
  // In a task of its own: the calls are sent once this one ends (fetch dispatches them after it).
  setTimeout(() => warmFormatters(formatLocaleOf(locale)), 0);
  const [loaded, app] = await Promise.all([
    loadWords(languageOf(locale), 'first').catch(() => null),
    rendering.catch(() => null),
    loadTheme(host.inTeams ? host.theme : likely).catch(() => undefined),
    settledWithin(early, FIRST_RENDER_WAIT_MS),
  ]);
  if (loaded === null || app === null) {
    showOffline(container);
    return;
  }
  app.renderApp(container, startI18n(locale, loaded), host, apiClient);
});

/** Not even English could be fetched: the network is gone, and no page could load its data either. */
function showOffline(element: HTMLElement): void {
  element.setAttribute('role', 'alert');
  element.textContent = 'Maker Hub could not load. Check the connection and reload. · Maker Hub konnte nicht laden. Prüfen Sie die Verbindung und laden Sie neu.';
}
