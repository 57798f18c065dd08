import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ApiClient } from '../lib/api-client';
import type { Language } from '../../../src/i18n/languages';
import { TranslationProvider } from '../lib/translation';
import type { TeamsHost } from '../lib/teams';
import type { TabTranslator } from '../lib/translator';
import { App } from './app';

/**
 * Draws the app into `container`. Its own chunk, with React and everything the shell and Home
 * draw: main.tsx imports it lazily so the first calls start before this code has been evaluated.
 */
export function renderApp(container: HTMLElement, i18n: TabTranslator<Language>, host: TeamsHost, apiClient: ApiClient): void {
  createRoot(container).render(
    <StrictMode>
      <TranslationProvider i18n={i18n}>
        <App host={host} apiClient={apiClient} />
      </TranslationProvider>
    </StrictMode>,
  );
}
