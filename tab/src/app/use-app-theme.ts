import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { onTeamsThemeChange, type TeamsHost } from '../lib/teams';
import {
  applyDocumentTheme,
  requestedBrowserTheme,
  systemTheme,
  systemThemeQueries,
  type ThemeName,
} from '../lib/theme';

function subscribeToSystemTheme(onChange: () => void): () => void {
  const queries = systemThemeQueries.map((query) => window.matchMedia(query));
  queries.forEach((query) => query.addEventListener('change', onChange));
  return () => queries.forEach((query) => query.removeEventListener('change', onChange));
}

/**
 * The look to render. In Teams: the user's Teams theme, following changes live. In a browser:
 * `?theme=` (remembered for the session), else the operating system's preference.
 * Also paints the document behind the app in the same theme.
 */
export function useAppTheme(host: TeamsHost): ThemeName {
  const [teamsTheme, setTeamsTheme] = useState<ThemeName | undefined>(host.inTeams ? host.theme : undefined);
  const [requested] = useState(requestedBrowserTheme);
  const system = useSyncExternalStore(subscribeToSystemTheme, systemTheme);

  useEffect(() => {
    // teams-js keeps a single handler (a new registration replaces it), so no clean-up is needed.
    if (host.inTeams) void onTeamsThemeChange(setTeamsTheme);
  }, [host]);

  const theme = teamsTheme ?? requested ?? system;
  useLayoutEffect(() => applyDocumentTheme(theme), [theme]);
  return theme;
}
