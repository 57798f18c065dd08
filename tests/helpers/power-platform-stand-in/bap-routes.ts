import { bapError, environmentJson, operationJson } from './shapes.js';
import { LOCATIONS, type StandInEnvironment } from './state.js';
import type { Reply, World } from './world.js';

export interface Call {
  method: string;
  path: string;
  apiVersion: string | null;
  body: Record<string, any> | null;
  base: string;
}

const P = '/providers/Microsoft.BusinessAppPlatform';
const SKUS = ['Sandbox', 'Production', 'Trial', 'Developer', 'Teams', 'SubscriptionBasedTrial'];

/** BAP routes of the contract (POWER-PLATFORM-API.md §2–§4), after authentication. Undefined: no such route. */
export function bapRoute(world: World, call: Call): Reply | undefined {
  const { method, path } = call;
  let m: RegExpMatchArray | null;
  if (method === 'GET' && path === `${P}/locations`)
    return { status: 200, body: { value: LOCATIONS.map(({ name, ...rest }) => ({ name, properties: { ...rest, isDisabled: false, canProvisionDatabase: true, canProvisionCustomerEngagementDatabase: true } })) } };
  if (method === 'GET' && (m = path.match(new RegExp(`^${P}/locations/([^/]+)/environment(Languages|Currencies)$`)))) {
    if (!world.location(m[1]!)) return { status: 404, body: bapError('LocationNotFound', `Location ${m[1]} was not found.`) };
    return { status: 200, body: { value: m[2] === 'Languages' ? world.languages() : world.currencies() } };
  }
  if (method === 'POST' && path === `${P}/validateEnvironmentDetails`) {
    const domain = String(call.body?.domainName ?? '');
    if (world.domainTaken(domain)) return { status: 409, body: bapError('DomainNameAlreadyInUse', `The domain name ${domain} is already in use.`) };
    return { status: 200, body: {} };
  }
  if (method === 'POST' && path === `${P}/environments`) return create(world, call);
  if ((m = path.match(/^\/regional\/([^/]+)\/providers\/Microsoft\.BusinessAppPlatform\/lifecycleOperations\/([^/]+)$/)) && method === 'GET') {
    const op = world.operations.get(m[2]!);
    if (!op || op.location !== m[1]) return { status: 404, body: bapError('OperationNotFound', 'The operation was not found.') };
    world.advance(op);
    if (op.state === 'Running' && world.faults.accepted202) return { status: 202, headers: { 'retry-after': String(world.options.retryAfter) } };
    return { status: 200, headers: op.state === 'Running' ? { 'retry-after': String(world.options.retryAfter) } : {}, body: operationJson(op) };
  }
  if (method === 'GET' && path === `${P}/scopes/admin/environments`) return { status: 200, body: { value: world.listed().map((e) => environmentJson(e, Infinity)) } };
  if ((m = path.match(new RegExp(`^${P}/scopes/admin/environments/([^/]+)$`)))) {
    const env = world.environments.get(m[1]!);
    const live = env && (env.state === 'succeeded' || env.state === 'creating');
    if (method === 'GET') {
      if (!env || !live) return notFound(m[1]!);
      env.reads += 1;
      return { status: 200, body: environmentJson(env, world.options.metadataLagReads) };
    }
    if (method === 'DELETE') {
      if (!env || env.state === 'deleted') return notFound(m[1]!);
      if (busy(world)) return { status: 409 };
      return world.accepted(call.base, world.startOperation('Delete', env), call.apiVersion ?? '2023-06-01');
    }
  }
  if (method === 'POST' && (m = path.match(new RegExp(`^${P}/scopes/admin/environments/([^/]+)/validateDelete$`)))) {
    return world.environments.get(m[1]!)?.state === 'succeeded' ? { status: 200, body: { canInitiateDelete: true, resourcesToBeDeleted: [] } } : notFound(m[1]!);
  }
  if (method === 'POST' && (m = path.match(new RegExp(`^${P}/scopes/admin/deletedEnvironments/([^/]+)/recover$`)))) {
    const env = world.environments.get(m[1]!);
    if (!env || env.state !== 'deleted') return notFound(m[1]!);
    return world.accepted(call.base, world.startOperation('Recover', env), call.apiVersion ?? '2019-05-01');
  }
  return undefined;
}

function notFound(id: string): Reply {
  return { status: 404, body: bapError('EnvironmentNotFound', `The environment '${id}' could not be found in the tenant.`) };
}

function busy(world: World): boolean {
  if (!world.faults.busy) return false;
  world.faults.busy -= 1;
  return true;
}

/** Create (§2): validates the body like the service, then 202 + Location, or the injected fault. */
function create(world: World, call: Call): Reply {
  const body = call.body ?? {};
  const props = (body.properties ?? {}) as Record<string, any>;
  const meta = (props.linkedEnvironmentMetadata ?? {}) as Record<string, any>;
  if (!world.location(String(body.location ?? ''))) return { status: 400, body: bapError('InvalidLocation', `The location '${body.location}' is not valid.`) };
  if (!props.displayName) return { status: 400, body: bapError('InvalidDisplayName', 'A display name is required.') };
  if (!SKUS.includes(props.environmentSku)) return { status: 400, body: bapError('InvalidEnvironmentSku', `The environment SKU '${props.environmentSku}' cannot be created.`) };
  if (props.environmentSku === 'Developer' && !props.usedBy) return { status: 400, body: bapError('UsedByInvalidInRequest', 'Developer environments need usedBy.') };
  const dataverse = props.databaseType === 'CommonDataService';
  if (dataverse && (!Number.isInteger(meta.baseLanguage) || !meta.currency?.code)) return { status: 400, body: bapError('InvalidLinkedEnvironmentMetadata', 'Dataverse needs baseLanguage and currency.') };
  if (dataverse && meta.domainName !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(String(meta.domainName))) return { status: 400, body: bapError('InvalidDomainName', 'The domain name is not valid.') };
  if (busy(world)) return { status: 409, body: bapError('OperationNotStartable', 'Another lifecycle operation is in progress.') };
  if (world.faults.capacity) return { status: 409, body: bapError('InsufficientCapacity_StorageDriven', 'The tenant does not have enough capacity: at least 1 GB of Dataverse database capacity is required.') };
  const domain = dataverse ? String(meta.domainName ?? `org${world.environments.size + 1}`).toLowerCase() : null;
  if (domain && world.domainTaken(domain)) return { status: 409, body: bapError('DomainNameAlreadyInUse', `The domain name ${domain} is already in use.`) };
  if (world.faults.createError === 'server-error') {
    world.faults.createError = undefined;
    return { status: 500, body: bapError('InternalServerError', 'An error occurred while creating the environment.') };
  }
  const env: StandInEnvironment = {
    name: world.nextId('3f9a0e52'),
    location: String(body.location),
    displayName: String(props.displayName),
    description: String(props.description ?? ''),
    sku: props.environmentSku,
    domainName: domain,
    dataverse,
    baseLanguage: dataverse ? meta.baseLanguage : null,
    currency: dataverse ? meta.currency.code : null,
    securityGroupId: meta.securityGroupId ?? null,
    state: 'creating',
    reads: 0,
    createdTime: new Date().toISOString(),
  };
  world.environments.set(env.name, env);
  const lost = !!world.faults.lostLocation || world.faults.createError === 'drop-connection';
  const op = world.startOperation('Create', env, lost);
  if (world.faults.createError === 'drop-connection') {
    world.faults.createError = undefined;
    return { status: 202, drop: true };
  }
  if (world.faults.lostLocation) {
    world.faults.lostLocation = false;
    return { status: 202, headers: { 'retry-after': String(world.options.retryAfter) } };
  }
  return world.accepted(call.base, op, call.apiVersion ?? '2023-06-01');
}
