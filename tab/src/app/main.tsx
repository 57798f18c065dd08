import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { startI18n, tabLocale } from '../lib/i18n';
import { detectTeamsHost } from '../lib/teams';
import { applyDocumentTheme, requestedBrowserTheme, systemTheme } from '../lib/theme';
import { App } from './app';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
const root = createRoot(container);

// Paint the canvas in the likely theme at once; the Teams handshake below can take a moment.
applyDocumentTheme(requestedBrowserTheme() ?? systemTheme());

// Render once we know whether we are in Teams (bounded by a timeout, never rejects), so a Teams
// user in dark mode never sees a light flash and the first API call knows whether to use SSO.
// The language comes with it: Teams' locale (app.locale), the browser's outside Teams.
void detectTeamsHost().then((host) => {
  const i18n = startI18n(tabLocale(host));
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App host={host} />
      </I18nextProvider>
    </StrictMode>,
  );
});
