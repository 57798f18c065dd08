import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { isThemeName, type ThemeName } from '../../lib/theme';

/**
 * Series colours per Teams theme. Fluent's charts take plain colours for series (axes, grid and text
 * follow the theme tokens by themselves), so the page picks them from the theme in use: each has at
 * least 3:1 contrast with that theme's card background (WCAG 1.4.11), and neighbours differ in hue.
 */
const palettes: Record<ThemeName, readonly string[]> = {
  light: ['#5b5fc7', '#ad006a', '#026467', '#9a3d0c', '#0e7a0b', '#674c8c'],
  dark: ['#8f94ff', '#ee5fb7', '#4cb4b7', '#df8e64', '#54b054', '#b29ad4'],
  contrast: ['#ffff00', '#1aebff', '#3ff23f', '#ff99ff', '#ffffff', '#ffb86c'],
};

function subscribe(onChange: () => void): () => void {
  // The app paints <html data-theme> whenever the Teams theme changes (lib/theme.ts).
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function currentTheme(): ThemeName {
  const value = document.documentElement.dataset['theme'] ?? 'light';
  return isThemeName(value) ? value : 'light';
}

const Override = createContext<ThemeName | undefined>(undefined);

/** Charts inside use `theme`'s colours whatever the app's theme (the sponsor report is always light, like paper). */
export function ChartThemeOverride({ theme, children }: { readonly theme: ThemeName; readonly children: ReactNode }) {
  return <Override.Provider value={theme}>{children}</Override.Provider>;
}

/** The colours for chart series in the theme shown now, following live theme changes. */
export function useChartPalette(): readonly string[] {
  const override = useContext(Override);
  const documentTheme = useSyncExternalStore(subscribe, currentTheme);
  return palettes[override ?? documentTheme];
}

/** The i-th series colour (wrapping round). */
export function seriesColor(palette: readonly string[], index: number): string {
  return palette[index % palette.length] ?? '#5b5fc7';
}
