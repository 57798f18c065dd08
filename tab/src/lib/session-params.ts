/**
 * Query parameters that must survive in-app navigation (which drops the query string), such as
 * `?theme=dark` or `?devUser=<id>`: read from the URL when present, otherwise from this browser
 * tab's sessionStorage, so a developer sets them once per tab.
 */

/** Key prefix so Maker Hub's entries are easy to find (and never collide) in sessionStorage. */
const storagePrefix = 'maker-hub:';

/**
 * Returns the parameter from the current URL (and remembers it), else the remembered value.
 * Invalid values are ignored. Storage can be unavailable (privacy settings, sandboxed frames):
 * then only the URL counts.
 */
export function readRememberedParam(
  name: string,
  isValid: (value: string) => boolean,
): string | undefined {
  const key = storagePrefix + name;
  const fromUrl = new URLSearchParams(window.location.search).get(name);
  if (fromUrl !== null && isValid(fromUrl)) {
    writeSession(key, fromUrl);
    return fromUrl;
  }
  const remembered = readSession(key);
  return remembered !== undefined && isValid(remembered) ? remembered : undefined;
}

function readSession(key: string): string | undefined {
  try {
    return window.sessionStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeSession(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Storage disabled: the value still applies to this page load.
  }
}
