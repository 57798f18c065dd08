import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { BrowserRouter } from '../lib/router';
import type { ApiClient } from '../lib/api-client';
import { ApiClientProvider } from '../lib/api-client-context';
import type { TeamsHost } from '../lib/teams';
import { ErrorBoundary } from './error-boundary';
import { TeamsHostProvider } from './host-context';
import { AppRoutes } from './routes';
import { useAppTheme } from './use-app-theme';

const useStyles = makeStyles({
  provider: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * The whole tab: Teams-aware Fluent theme, API client, router. The client comes from main.tsx,
 * which has already started the first page's calls with it.
 */
export function App({ host, apiClient }: { readonly host: TeamsHost; readonly apiClient: ApiClient }) {
  const styles = useStyles();
  const { theme } = useAppTheme(host);
  return (
    // applyStylesToPortals={false}: portals (tooltips, menus, dialogs) get the theme but not the
    // full-height page background above, which would otherwise cover the whole page.
    <FluentProvider theme={theme} className={styles.provider} applyStylesToPortals={false}>
      <ErrorBoundary>
        <TeamsHostProvider host={host}>
          <ApiClientProvider client={apiClient}>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ApiClientProvider>
        </TeamsHostProvider>
      </ErrorBoundary>
    </FluentProvider>
  );
}
