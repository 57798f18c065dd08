import type { StandInEnvironment, StandInOperation } from './state.js';

const PROVIDER = '/providers/Microsoft.BusinessAppPlatform';

/** An environment as BAP returns it (§4); Dataverse metadata only once `lagReads` reads have passed (§3). */
export function environmentJson(env: StandInEnvironment, lagReads: number): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    displayName: env.displayName,
    description: env.description,
    environmentSku: env.sku,
    azureRegion: env.location === 'europe' ? 'westeurope' : 'eastus',
    createdTime: env.createdTime,
    states: { management: { id: 'Ready' }, runtime: { id: 'Enabled' } },
    clientUris: { maker: `https://make.powerapps.com/environments/${env.name}/home`, admin: `https://admin.powerplatform.microsoft.com/environments/${env.name}/hub` },
  };
  if (env.dataverse) {
    if (env.reads > lagReads) {
      properties.provisioningState = 'Succeeded';
      properties.linkedEnvironmentMetadata = {
        instanceUrl: `https://${env.domainName}.crm4.dynamics.com/`,
        instanceApiUrl: `https://${env.domainName}.api.crm4.dynamics.com`,
        domainName: env.domainName,
        uniqueName: `unq${env.name.replace(/-/g, '').slice(-12)}`,
        baseLanguage: env.baseLanguage,
        instanceState: 'Ready',
        version: '9.2.25031.00000',
        ...(env.securityGroupId ? { securityGroupId: env.securityGroupId } : {}),
      };
    } else {
      properties.provisioningState = 'LinkedDatabaseProvisioning';
    }
  } else {
    properties.provisioningState = 'Succeeded';
  }
  return { id: `${PROVIDER}/environments/${env.name}`, name: env.name, type: 'Microsoft.BusinessAppPlatform/scopes/environments', location: env.location, properties };
}

/** A lifecycle operation body (§3): Running / Succeeded / Failed with stages. */
export function operationJson(op: StandInOperation): Record<string, unknown> {
  const failed = op.state === 'Failed';
  const stageState = (i: number) => (op.state === 'Succeeded' ? 'Succeeded' : failed ? (i < 2 ? 'Succeeded' : i === 2 ? 'Failed' : 'NotStarted') : i === 0 ? 'Succeeded' : i === 1 ? 'Running' : 'NotStarted');
  return {
    id: op.id,
    links: { self: { path: `${PROVIDER}/lifecycleOperations/${op.id}` }, environment: { path: failed ? '' : `${PROVIDER}/environments/${op.environment}` } },
    type: { id: op.type },
    typeDisplayName: op.type,
    state: { id: op.state },
    createdDateTime: op.createdDateTime,
    lastActionDateTime: new Date().toISOString(),
    requestedBy: { id: 'spn', displayName: 'ServicePrincipal', type: 'ServicePrincipal', tenantId: 'tenant' },
    stages: ['Validate', 'Prepare', 'Run', 'Finalize'].map((name, i) => ({ id: name, name, state: { id: stageState(i) }, firstActionDateTime: op.createdDateTime, lastActionDateTime: op.createdDateTime })),
  };
}

export function bapError(code: string, message: string): Record<string, unknown> {
  return { error: { code, message, detailUrlType: 'NotSpecified' } };
}
