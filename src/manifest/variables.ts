/**
 * The variables the manifest template (`manifest/manifest.json`, `manifest/de.json`) uses, in the
 * Teams Toolkit `${{NAME}}` convention, with what each one must hold. The CLI passes these names
 * to the env-file reader so real environment variables can override them.
 */
export const MANIFEST_VARIABLES = {
  TEAMS_APP_ID: 'GUID identifying the Teams app (manifest id)',
  BOT_ID: 'GUID: Entra app (client) id of the bot registration',
  TAB_DOMAIN: 'host[:port] the tab is served from, no scheme (validDomains, SSO resource)',
  TAB_ENDPOINT: 'https origin of the tab, e.g. https://hub.contoso.com (http://localhost allowed in local)',
  AAD_APP_CLIENT_ID: 'GUID: Entra app (client) id of the tab SSO registration',
  APP_NAME_SUFFIX: 'appended to the app name, e.g. " (local)"; may be empty',
  APP_VERSION: 'semver MAJOR.MINOR.PATCH of the app package; defaults to package.json version',
} as const;

/** Name of a manifest template variable. */
export type ManifestVariable = keyof typeof MANIFEST_VARIABLES;

/** Variables that may be unset or empty; every other variable the template uses is required. */
export const OPTIONAL_VARIABLES: ReadonlySet<string> = new Set<ManifestVariable>(['APP_NAME_SUFFIX']);

/**
 * Checks the shape of values the manifest cannot judge once they are substituted: the template
 * appends paths to TAB_ENDPOINT, so a path or trailing slash there yields `…//about` URLs that
 * pass every URL rule and then 404 in Teams.
 */
export function checkVariableValues(values: Readonly<Record<string, string | undefined>>): string[] {
  const problems: string[] = [];
  const endpoint = values.TAB_ENDPOINT;
  if (endpoint && !/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]+$/.test(endpoint)) {
    problems.push(`TAB_ENDPOINT must be an origin such as https://hub.contoso.com (no path, query or trailing slash), not "${endpoint}"`);
  }
  const domain = values.TAB_DOMAIN;
  if (domain && /[/\\]|^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(domain)) {
    problems.push(`TAB_DOMAIN must be a host with an optional port such as hub.contoso.com (no scheme or path), not "${domain}"`);
  }
  return problems;
}
