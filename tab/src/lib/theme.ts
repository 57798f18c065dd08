import { teamsLightTheme, type Theme } from '@fluentui/react-components';
import { readRememberedParam } from './session-params';

/** The three looks Teams offers; the tab follows whichever the user has chosen. */
export type ThemeName = 'light' | 'dark' | 'contrast';

const themeNames: readonly ThemeName[] = ['light', 'dark', 'contrast'];

/** Narrows any string (query parameter, stored value) to a {@link ThemeName}. */
export function isThemeName(value: string): value is ThemeName {
  return (themeNames as readonly string[]).includes(value);
}

/**
 * The Fluent themes fetched so far: the Teams variants, so the tab blends in with the Teams client.
 * Light (Teams' default) ships with the first load; dark and high contrast are chunks of their own,
 * fetched when a person's Teams (or browser) asks for them (docs/tab-speed.md).
 */
const loaded: Partial<Record<ThemeName, Theme>> = { light: teamsLightTheme };

/** The Fluent theme for a look if it is already here, else undefined ({@link loadTheme} fetches it). */
export function loadedTheme(name: ThemeName): Theme | undefined {
  return loaded[name];
}

/** The Fluent theme for a look, fetching its tokens the first time. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  const here = loaded[name];
  if (here !== undefined) return here;
  const theme = name === 'dark' ? (await import('./theme-dark')).teamsDarkTheme : (await import('./theme-contrast')).teamsHighContrastTheme;
  loaded[name] = theme;
  return theme;
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
 * and the area around the FluentProvider never show a white edge in dark mode. Before the theme's
 * tokens are here (`theme` undefined) only the browser's own light or dark canvas is chosen, and
 * `data-theme` (which the chart palette follows) waits for the colours.
 */
export function applyDocumentTheme(name: ThemeName, theme: Theme | undefined): void {
  const root = document.documentElement;
  root.style.colorScheme = name === 'light' ? 'light' : 'dark';
  if (theme === undefined) return;
  root.style.backgroundColor = theme.colorNeutralBackground3;
  root.style.color = theme.colorNeutralForeground1;
  root.dataset['theme'] = name;
}
