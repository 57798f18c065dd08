import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
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
void detectTeamsHost().then((host) => {
  root.render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
});
