import type { EnvironmentRequest } from '../../domain/environments/types.js';
import type { BapClient, BapResponse } from './bap-client.js';
import { domainNameFor } from './create-body.js';
import { RetryLater } from './errors.js';

type Item = { name?: string; properties?: Record<string, unknown> };

function items(res: BapResponse, what: string): Item[] {
  if (res.status !== 200) throw new RetryLater(15_000, `reading ${what} answered ${res.status}`);
  const value = (res.body as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? (value as Item[]) : [];
}

/**
 * Checks the request against the tenant's reference data before anything is created, so a wrong
 * region, language, currency or a taken address fails at once with a clear reason (§2).
 * Returns the problem in words, or null when everything is available.
 */
export async function referenceProblem(client: BapClient, request: EnvironmentRequest): Promise<string | null> {
  const location = items(await client.locations(), 'locations').find((l) => l.name === request.region);
  if (!location) return `The region "${request.region}" is not available in this tenant. Change the CoE policy's regions or ask the maker for another region.`;
  if (location.properties?.isDisabled === true) return `The region "${request.region}" is disabled in this tenant.`;
  if (!request.dataverse) return null;
  if (location.properties?.canProvisionDatabase === false) return `Dataverse cannot be created in "${request.region}".`;
  const languages = items(await client.languages(request.region), 'languages');
  if (!languages.some((l) => l.name === String(request.languageLcid))) return `Language ${request.languageLcid} is not offered for Dataverse in "${request.region}".`;
  const currencies = items(await client.currencies(request.region), 'currencies');
  if (!currencies.some((c) => c.name === request.currencyCode)) return `Currency ${request.currencyCode} is not offered in "${request.region}".`;
  const domain = domainNameFor(request.displayName);
  const check = await client.validateDomain(domain, request.region);
  if (check.status === 409 && check.errorCode === 'DomainNameAlreadyInUse')
    return `The environment address "${domain}" is already taken. Ask the maker for another name, then retry.`;
  if (check.status >= 500) throw new RetryLater(15_000, `validateEnvironmentDetails answered ${check.status}`);
  return null;
}
