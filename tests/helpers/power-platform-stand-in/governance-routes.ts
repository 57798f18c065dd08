import { bapError } from './shapes.js';
import type { Call } from './bap-routes.js';
import type { Reply, World } from './world.js';

const DLP = '/providers/PowerPlatform.Governance/v2/policies';
const ADMIN_APPS = '/providers/Microsoft.BusinessAppPlatform/adminApplications';

/** DLP v2 policies in memory and the management-app registration (§4, §1). */
export function governanceRoute(world: World, call: Call): Reply | undefined {
  const { method, path, body } = call;
  let m: RegExpMatchArray | null;
  if (path === DLP && method === 'GET') return { status: 200, body: { value: [...world.policies.values()] } };
  if (path === DLP && method === 'POST') {
    const name = world.nextId('d1e2f3a4');
    const policy = { ...(body ?? {}), name };
    world.policies.set(name, policy);
    return { status: 201, body: policy };
  }
  if ((m = path.match(new RegExp(`^${DLP}/([^/]+)$`)))) {
    const policy = world.policies.get(m[1]!);
    if (!policy) return { status: 404, body: bapError('PolicyNotFound', 'The policy was not found.') };
    if (method === 'GET') return { status: 200, body: policy };
    if (method === 'PATCH') {
      // PATCH replaces the whole policy, as the real API expects (read-modify-write).
      const replaced = { ...(body ?? {}), name: m[1] };
      world.policies.set(m[1]!, replaced);
      return { status: 200, body: replaced };
    }
  }
  if (path === ADMIN_APPS && method === 'GET') return { status: 200, body: { value: [...world.adminApplications].map((id) => ({ applicationId: id })) } };
  if ((m = path.match(new RegExp(`^${ADMIN_APPS}/([^/]+)$`)))) {
    if (method === 'PUT') world.adminApplications.add(m[1]!);
    if (method === 'DELETE') world.adminApplications.delete(m[1]!);
    if (method === 'PUT' || method === 'DELETE') return { status: 200, body: { applicationId: m[1] } };
  }
  return undefined;
}
