import type { EnvironmentRequest } from '../../domain/environments/types.js';

/**
 * The Dataverse address prefix for a request: the display name lower-cased, runs of other
 * characters as one dash (`^[a-z0-9][a-z0-9-]*$`, POWER-PLATFORM-API.md §2), at most 24 characters.
 */
export function domainNameFor(displayName: string): string {
  const slug = displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24).replace(/-+$/, '');
  return /^[a-z0-9]/.test(slug) ? slug : `mh-${slug}`.slice(0, 24);
}

/** What the create call carries; the description names the request so a lost create can be found again by listing. */
export function createBody(request: EnvironmentRequest): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    displayName: request.displayName,
    description: descriptionFor(request),
    environmentSku: request.type,
  };
  if (request.dataverse) {
    properties.databaseType = 'CommonDataService';
    properties.linkedEnvironmentMetadata = {
      baseLanguage: request.languageLcid,
      currency: { code: request.currencyCode },
      domainName: domainNameFor(request.displayName),
      ...(request.securityGroupId ? { securityGroupId: request.securityGroupId } : {}),
      templates: [],
    };
  }
  return { location: request.region, properties };
}

/** The description that marks an environment as created for this request (reconciliation finds it by this). */
export function descriptionFor(request: EnvironmentRequest): string {
  return `Maker Hub request ${request.reference}`;
}
