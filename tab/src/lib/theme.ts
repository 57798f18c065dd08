import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { readRememberedParam } from './session-params';

/** The three looks Teams offers; the tab follows whichever the user has chosen. */
export type ThemeName = 'light' | 'dark' | 'contrast';

const themeNames: readonly ThemeName[] = ['light', 'dark', 'contrast'];

/** Narrows any string (query parameter, stored value) to a {@link ThemeName}. */
export function isThemeName(value: string): value is ThemeName {
  return (themeNames as readonly string[]).includes(value);
}

/** The Fluent theme for a look: the Teams variants, so the tab blends in with the Teams client. */
export function fluentTheme(name: ThemeName): Theme {
  switch (name) {
    case 'dark':
      return teamsDarkTheme;
    case 'contrast':
      return teamsHighContrastTheme;
    case 'light':
      return teamsLightTheme;
  }
}

/**
 * Outside Teams, a developer can force a look with `?theme=light|dark|contrast`; it is remembered
 * for the browser tab's session. Returns undefined when nobody asked for one.
 */
export function requestedBrowserTheme(): ThemeName | undefined {
  const value = readRememberedParam('theme', isThemeName);
  return value !== undefined && isThemeName(value) ? value : undefined;
}

/** Media queries that describe the operating system's preference. */
export const systemThemeQueries = [
  '(forced-colors: active)',
  '(prefers-color-scheme: dark)',
] as const;

/** The operating system's preference: forced colours → contrast, dark → dark, else light. */
export function systemTheme(): ThemeName {
  if (window.matchMedia('(forced-colors: active)').matches) return 'contrast';
  if (window.matchMedia('(prefers-color-scheme: dark)').matches) return 'dark';
  return 'light';
}

/**
 * Paints the page behind the React tree in the theme's canvas colour, so overscroll, short pages
 * and the area around the FluentProvider never show a white edge in dark mode.
 */
export function applyDocumentTheme(name: ThemeName): void {
  const theme = fluentTheme(name);
  const root = document.documentElement;
  root.style.backgroundColor = theme.colorNeutralBackground3;
  root.style.color = theme.colorNeutralForeground1;
  root.style.colorScheme = name === 'light' ? 'light' : 'dark';
  root.dataset['theme'] = name;
}
