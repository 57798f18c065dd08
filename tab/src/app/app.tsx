import { FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { BrowserRouter } from '../lib/router';
import { createApiClient } from '../lib/api-client';
import { tabLocale } from '../lib/i18n';
import { ApiClientProvider } from '../lib/api-client-context';
import { getDevUser } from '../lib/dev-user';
import { getTeamsSsoToken, type TeamsHost } from '../lib/teams';
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

/** The whole tab: Teams-aware Fluent theme, API client, router. */
export function App({ host }: { readonly host: TeamsHost }) {
  const styles = useStyles();
  const { theme } = useAppTheme(host);
  const apiClient = useMemo(
    () => createApiClient({ getAuthToken: getTeamsSsoToken, getDevUser, locale: tabLocale(host) }),
    [host],
  );
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
