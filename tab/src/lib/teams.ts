import type * as teamsJs from '@microsoft/teams-js';
import type { app } from '@microsoft/teams-js';
import type { ThemeName } from './theme';

/** The Teams JavaScript SDK module. */
export type TeamsSdk = typeof teamsJs;

/** Where the tab runs: inside a Teams (or Microsoft 365) host, or in a plain browser. */
export type TeamsHost =
  | { readonly inTeams: true; readonly theme: ThemeName; readonly context: app.Context }
  | { readonly inTeams: false };

/**
 * How long to wait for a Teams host to answer. Inside Teams the handshake takes a few hundred
 * milliseconds; an unrelated iframe never answers and must not keep the tab from rendering.
 */
export const teamsInitTimeoutMs = 1500;

/** Maps the Teams theme name ('default' | 'dark' | 'contrast') to ours; unknown names → light. */
export function themeFromTeams(teamsTheme: string | undefined): ThemeName {
  switch (teamsTheme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}

/**
 * Whether a Teams host could be talking to us, by the same test teams-js applies: a parent frame
 * (Teams web/desktop), an opener (pop-outs, auth windows) or a mobile host's native bridge.
 * `?inTeams=1` (our channel tab URLs) counts too.
 */
export function mightBeInTeams(win: Window = window): boolean {
  return (
    win.parent !== win.self ||
    win.opener !== null ||
    'nativeInterface' in win ||
    new URLSearchParams(win.location.search).has('inTeams')
  );
}

// One SDK load and one handshake per page load: teams-js is itself a page-wide singleton, and
// every caller (theme, API client, configuration page) must see the same answer.
let sdkPromise: Promise<TeamsSdk> | undefined;
let hostPromise: Promise<TeamsHost> | undefined;

/**
 * Loads teams-js on demand. It is not imported statically because importing it fetches a list
 * of valid origins from Microsoft's CDN, which a plain browser (development, tests) never needs.
 */
export function loadTeamsSdk(): Promise<TeamsSdk> {
  sdkPromise ??= import('@microsoft/teams-js');
  return sdkPromise;
}

/**
 * Detects the Teams host once per page load. Never rejects: any failure or timeout means "not in
 * Teams", so the tab always renders.
 */
export function detectTeamsHost(timeoutMs: number = teamsInitTimeoutMs): Promise<TeamsHost> {
  hostPromise ??= mightBeInTeams() ? initialize(timeoutMs) : Promise.resolve({ inTeams: false });
  return hostPromise;
}

async function initialize(timeoutMs: number): Promise<TeamsHost> {
  try {
    const { app } = await loadTeamsSdk();
    await withTimeout(app.initialize(), timeoutMs);
    const context = await withTimeout(app.getContext(), timeoutMs);
    // Hides the Teams loading indicator when the manifest asks for one; harmless otherwise.
    app.notifySuccess().catch(() => undefined);
    return { inTeams: true, theme: themeFromTeams(context.app.theme), context };
  } catch {
    return { inTeams: false };
  }
}

/** Calls `handler` whenever the user switches the Teams theme. Does nothing outside Teams. */
export async function onTeamsThemeChange(handler: (theme: ThemeName) => void): Promise<void> {
  const host = await detectTeamsHost();
  if (!host.inTeams) return;
  const { app } = await loadTeamsSdk();
  app.registerOnThemeChangeHandler((teamsTheme) => handler(themeFromTeams(teamsTheme)));
}

/**
 * The Teams SSO token for our API, or undefined outside Teams (the server then uses its
 * development identity). Called before every request: teams-js caches and renews the token.
 */
export async function getTeamsSsoToken(): Promise<string | undefined> {
  const host = await detectTeamsHost();
  if (!host.inTeams) return undefined;
  const { authentication } = await loadTeamsSdk();
  return authentication.getAuthToken();
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = window.setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        window.clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        window.clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
