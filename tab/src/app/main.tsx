import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { startI18n, tabLocale } from '../lib/i18n';
import { detectTeamsHost } from '../lib/teams';
import { applyDocumentTheme, loadedTheme, loadTheme, requestedBrowserTheme, systemTheme } from '../lib/theme';
import { App } from './app';
import { initialThemeName } from './use-app-theme';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
const root = createRoot(container);

// Paint the canvas in the likely theme at once, and start fetching its tokens if they are not in
// the first load (dark, contrast); the Teams handshake below can take a moment.
const likely = requestedBrowserTheme() ?? systemTheme();
applyDocumentTheme(likely, loadedTheme(likely));
void loadTheme(likely).catch(() => undefined);

// Render once we know whether we are in Teams (bounded by a timeout, never rejects) and the theme's
// tokens are here, so a Teams user in dark mode never sees a light flash and the first API call
// knows whether to use SSO. A theme that cannot be fetched falls back to light (useAppTheme).
// The language comes with it: Teams' locale (app.locale), the browser's outside Teams.
void detectTeamsHost().then(async (host) => {
  await loadTheme(initialThemeName(host)).catch(() => undefined);
  const i18n = startI18n(tabLocale(host));
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App host={host} />
      </I18nextProvider>
    </StrictMode>,
  );
});
