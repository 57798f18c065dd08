import type { Next, Request, RequestHandler, Response } from 'restify';

/** Teams and the Microsoft 365 clients that host the tab (and may frame it). */
export const TEAMS_HOSTS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.skype.com',
];

/** Where teams-js reads the current list of Teams host origins it may talk to (validDomains.json). */
export const TEAMS_JS_CDN = 'https://res.cdn.office.net';

/**
 * The tab's Content-Security-Policy. Scripts only from this origin; connections to this origin
 * (the tab calls nothing but its own API) and to the Office CDN teams-js reads its valid Teams
 * origins from (it talks to the Teams host itself by postMessage, which CSP does not govern); styles from this origin plus inline, because Fluent UI v9 (Griffel) inserts its rules
 * into <style> elements at run time; pictures from this origin and the story-picture allow-list
 * (TAB_IMAGE_HOSTS); frames, and who may frame us, only Teams hosts; no plugins, no <base>
 * rewrites, forms post only here.
 */
export function contentSecurityPolicy(imageHosts: readonly string[]): string {
  const images = imageHosts.map((host) => `https://${host}`);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${images.join(' ')}`.trim(),
    "font-src 'self' data:",
    // teams-js fetches its list of valid Teams origins from the Office CDN.
    `connect-src 'self' ${TEAMS_JS_CDN}`,
    `frame-src 'self' ${TEAMS_HOSTS.join(' ')}`,
    `frame-ancestors 'self' ${TEAMS_HOSTS.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The policy for answers that are never documents: API answers (JSON, CSV, calendar files) and the
 * build's scripts. The tab's policy (about 0.9 KB of hosts) governs only a document, yet went out
 * on every one of them: a dozen times on Home's first load. A policy that allows nothing and no
 * framing still stops a browser from running or framing such an answer opened as a page, and
 * nosniff keeps it from being read as anything but its type. Referrer-Policy only affects
 * documents, so these go without it.
 */
export const NON_DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** /api/ answers and the build's hashed scripts (`/assets/*.js`, `.js.map`): never a page. */
export function isNonDocumentPath(path: string): boolean {
  return path.startsWith('/api/') || (path.startsWith('/assets/') && /\.js(\.map)?$/.test(path));
}

/**
 * Headers every answer carries (the tab, the API, the legal pages, refusals alike), set before
 * any route or body parsing runs, so an early 4xx has them too. Documents get the tab's policy,
 * API answers and scripts the short one above.
 */
export function securityHeaders(imageHosts: readonly string[]): RequestHandler {
  const policy = contentSecurityPolicy(imageHosts);
  return function setSecurityHeaders(req: Request, res: Response, next: Next): void {
    res.setHeader('x-content-type-options', 'nosniff');
    if (isNonDocumentPath(req.getPath())) {
      res.setHeader('content-security-policy', NON_DOCUMENT_CONTENT_SECURITY_POLICY);
    } else {
      res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
      res.setHeader('content-security-policy', policy);
    }
    next();
  };
}
