import { type Json, type JsonObject, type ManifestProblem, isJsonObject } from './problems.js';

/** Environments for a developer's own machine or tunnel; everything else is held to store rules. */
const DEVELOPMENT_ENVS = new Set(['local', 'dev']);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Tunnel services: fine while developing, rejected by store validation and a risk in production. */
const TUNNEL_HOST = /(^|\.)(ngrok[^.]*\.[a-z.]+|[^.]+\.devtunnels\.ms|[^.]+\.loca\.lt|[^.]+\.trycloudflare\.com)$/i;

interface FoundUrl {
  pointer: string;
  value: string;
  /** Tab pages must be served from a valid domain; developer links need not be. */
  mustBeValidDomain: boolean;
}

/**
 * Checks the URL rules the schema does not: https (plain http only for localhost in the `local`
 * environment), tab URLs served from a host listed in validDomains, and outside `local`/`dev`
 * no wildcard, tunnel or localhost domains (Teams store validation rejects them).
 */
export function checkUrls(manifest: JsonObject, envName: string): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const add = (pointer: string, message: string | undefined): void => {
    if (message !== undefined) problems.push({ file: 'manifest.json', pointer, message });
  };
  const development = DEVELOPMENT_ENVS.has(envName);
  const validDomains = Array.isArray(manifest.validDomains)
    ? manifest.validDomains.filter((d): d is string => typeof d === 'string')
    : [];

  validDomains.forEach((domain, i) => {
    const pointer = `/validDomains/${i}`;
    if (!/^(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?$/.test(domain)) {
      add(pointer, `must be a host name with an optional port (no scheme or path), not "${domain}"`);
    } else if (!development) {
      if (domain.includes('*')) add(pointer, `must not be a wildcard domain in the "${envName}" environment: "${domain}"`);
      else add(pointer, hostProblem(domain.replace(/:\d+$/, ''), envName));
    }
  });

  // Every tab URL is built from the same origin (TAB_ENDPOINT), so one wrong origin is reported
  // once per rule, at its first use, instead of once for each of twenty URLs.
  const grouped = new Map<string, { pointer: string; message: string; others: number; origin: string }>();
  const addForUrl = (url: FoundUrl, origin: string, rule: string, message: string | undefined): void => {
    if (message === undefined) return;
    const group = grouped.get(`${rule} ${origin}`);
    if (group) group.others++;
    else grouped.set(`${rule} ${origin}`, { pointer: url.pointer, message, others: 0, origin });
  };
  for (const url of findUrls(manifest)) {
    let parsed: URL;
    try {
      parsed = new URL(url.value);
    } catch {
      add(url.pointer, `must be an absolute URL, not "${url.value}"`);
      continue;
    }
    const local = LOCAL_HOSTS.has(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local && envName === 'local')) {
      const allowance = envName === 'local' ? ' (plain http is only allowed for localhost)' : '';
      addForUrl(url, parsed.origin, 'https', `must use https in the "${envName}" environment${allowance}: "${url.value}"`);
    }
    if (!development) addForUrl(url, parsed.origin, 'host', hostProblem(parsed.hostname, envName));
    // A blank entry (an unset TAB_DOMAIN) is reported on its own; membership would only echo it.
    const blankDomain = validDomains.some((d) => d.trim() === '');
    if (url.mustBeValidDomain && !blankDomain && !validDomains.some((d) => domainAllows(d, parsed))) {
      const listed = validDomains.join(', ') || 'none';
      addForUrl(url, parsed.origin, 'domain', `host "${parsed.host}" is not listed in validDomains (${listed})`);
    }
  }
  for (const group of grouped.values()) {
    const more = group.others === 0 ? '' : ` (and ${group.others} more URL(s) on ${group.origin})`;
    add(group.pointer, `${group.message}${more}`);
  }
  add('/webApplicationInfo/resource', checkSsoResource(manifest, validDomains));
  return problems;
}

/**
 * Tab SSO only works when the App ID URI (`api://<domain>/…`) names the domain the tab is served
 * from; a mismatch shows up as a consent error at run time, so it is caught here.
 */
function checkSsoResource(manifest: JsonObject, validDomains: string[]): string | undefined {
  const info = manifest.webApplicationInfo;
  const resource = isJsonObject(info) ? info.resource : undefined;
  if (typeof resource !== 'string') return undefined;
  const match = /^api:\/\/([^/]+)\//.exec(resource);
  if (!match?.[1]) return `must look like api://<tab domain>/<client id>, not "${resource}"`;
  const host = match[1];
  let url: URL;
  try {
    url = new URL(`https://${host}/`);
  } catch {
    return `has an invalid domain "${host}"`;
  }
  return validDomains.some((d) => domainAllows(d, url)) ? undefined : `domain "${host}" is not listed in validDomains`;
}

function hostProblem(hostname: string, envName: string): string | undefined {
  if (TUNNEL_HOST.test(hostname)) return `must not use a tunnel domain in the "${envName}" environment: "${hostname}"`;
  if (LOCAL_HOSTS.has(hostname)) return `must not use ${hostname} in the "${envName}" environment`;
  return undefined;
}

/** Whether a validDomains entry (`host`, `host:port` or `*.domain`) covers the URL's host. */
export function domainAllows(entry: string, url: URL): boolean {
  const domain = entry.toLowerCase();
  if (domain.startsWith('*.')) return url.hostname.endsWith(domain.slice(1));
  // An entry with a port must match exactly; without one it covers every port of that host.
  return domain.includes(':') ? url.host === domain : url.hostname === domain;
}

/** Every URL in the manifest that Teams opens or shows, with its JSON pointer. */
function findUrls(manifest: JsonObject): FoundUrl[] {
  const found: FoundUrl[] = [];
  const take = (value: Json | undefined, pointer: string, mustBeValidDomain: boolean): void => {
    if (typeof value === 'string') found.push({ pointer, value, mustBeValidDomain });
  };
  const developer = manifest.developer;
  if (isJsonObject(developer)) {
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) take(developer[key], `/developer/${key}`, false);
  }
  const each = (list: Json | undefined, keys: string[], base: string): void => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      if (isJsonObject(item)) for (const key of keys) take(item[key], `/${base}/${i}/${key}`, true);
    });
  };
  each(manifest.staticTabs, ['contentUrl', 'websiteUrl', 'searchUrl'], 'staticTabs');
  each(manifest.configurableTabs, ['configurationUrl'], 'configurableTabs');
  return found;
}
