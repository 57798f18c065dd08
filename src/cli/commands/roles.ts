import type { Command } from 'commander';
import { withServices, OPERATOR, CliError } from '../context.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseTarget(tenant: string | undefined, aadObjectId: string, fallbackTenant: string | undefined) {
  if (!GUID.test(aadObjectId)) throw new CliError(`"${aadObjectId}" is not an Entra object id (GUID)`);
  const tenantId = tenant ?? fallbackTenant;
  if (!tenantId) throw new CliError('--tenant is required (or set MicrosoftAppTenantId)');
  if (!GUID.test(tenantId)) throw new CliError(`--tenant "${tenantId}" is not a tenant id (GUID)`);
  return { tenantId, aadObjectId };
}

export function registerRolesCommands(program: Command): void {
  const roles = program.command('roles').description('List, grant and revoke champion / expert / coe-admin roles');

  roles
    .command('list')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      await withServices(async (services) => {
        const grants = await services.identity.listRoles(OPERATOR);
        if (options.json) return console.log(JSON.stringify(grants.map((g) => ({ role: g.role, displayName: g.user.displayName, aadObjectId: g.user.aadObjectId, tenantId: g.user.tenantId, grantedAt: g.grantedAt }))));
        if (!grants.length) return console.log('no roles granted yet (everyone is a maker)');
        for (const g of grants) console.log(`${g.role.padEnd(10)} ${g.user.displayName}  ${g.user.aadObjectId}  (tenant ${g.user.tenantId}, since ${g.grantedAt.slice(0, 10)})`);
      });
    });

  for (const verb of ['grant', 'revoke'] as const) {
    roles
      .command(`${verb} <aadObjectId> <role>`)
      .description(`${verb === 'grant' ? 'Grant' : 'Revoke'} champion, expert or coe-admin`)
      .option('--tenant <tenantId>', 'tenant of the person (defaults to MicrosoftAppTenantId, or DEV_TENANT_ID in development)')
      .option('--name <displayName>', 'display name for someone who has not used Maker Hub yet')
      .action(async (aadObjectId: string, role: string, options: { tenant?: string; name?: string }) => {
        await withServices(async (services) => {
          const fallback = services.config.bot.tenantId ?? (services.config.env !== 'production' ? services.config.auth.devIdentity.tenantId : undefined);
          const target = parseTarget(options.tenant, aadObjectId, fallback);
          const { changed } =
            verb === 'grant'
              ? await services.identity.grantRole({ actor: OPERATOR }, { ...target, displayName: options.name }, role)
              : await services.identity.revokeRole({ actor: OPERATOR }, target, role);
          console.log(changed ? `${verb === 'grant' ? 'granted' : 'revoked'} ${role} for ${aadObjectId}` : `nothing to change: ${aadObjectId} ${verb === 'grant' ? 'already has' : 'does not have'} ${role}`);
        });
      });
  }
}
