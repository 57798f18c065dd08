import type { Theme } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { onTeamsThemeChange, type TeamsHost } from '../lib/teams';
import {
  applyDocumentTheme,
  loadedTheme,
  loadTheme,
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
 * A theme not fetched yet is fetched; the look shown until then stays (main.tsx fetches the first
 * one before rendering, so only a later switch waits, for one small chunk).
 * Also paints the document behind the app in the same theme.
 */
export function useAppTheme(host: TeamsHost): { readonly name: ThemeName; readonly theme: Theme } {
  const [teamsTheme, setTeamsTheme] = useState<ThemeName | undefined>(host.inTeams ? host.theme : undefined);
  const [requested] = useState(requestedBrowserTheme);
  const system = useSyncExternalStore(subscribeToSystemTheme, systemTheme);

  useEffect(() => {
    // teams-js keeps a single handler (a new registration replaces it), so no clean-up is needed.
    if (host.inTeams) void onTeamsThemeChange(setTeamsTheme);
  }, [host]);

  const wanted = teamsTheme ?? requested ?? system;
  const [shown, setShown] = useState(() => {
    const theme = loadedTheme(wanted);
    return theme === undefined ? { name: 'light' as ThemeName, theme: loadedTheme('light') as Theme } : { name: wanted, theme };
  });
  useEffect(() => {
    let current = true;
    // A chunk that fails to arrive (offline) leaves the look shown; the next switch tries again.
    loadTheme(wanted).then(
      (theme) => {
        if (current) setShown((prev) => (prev.theme === theme ? prev : { name: wanted, theme }));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  useLayoutEffect(() => applyDocumentTheme(shown.name, shown.theme), [shown]);
  return shown;
}
