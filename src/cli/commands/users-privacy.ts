import type { Command } from 'commander';
import { RETENTION_LABELS } from '../../domain/privacy/retention-policy.js';
import type { RetentionKind } from '../../domain/privacy/types.js';
import type { Services } from '../../container.js';
import { CliError, OPERATOR, withServices } from '../context.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function target(services: Services, objectId: string, tenant: string | undefined) {
  if (!GUID.test(objectId)) throw new CliError(`"${objectId}" is not an Entra object id (GUID)`);
  const tenantId = tenant ?? services.config.bot.tenantId ?? (services.config.env !== 'production' ? services.config.auth.devIdentity.tenantId : undefined);
  if (!tenantId) throw new CliError('--tenant is required (or set MicrosoftAppTenantId)');
  if (!GUID.test(tenantId)) throw new CliError(`--tenant "${tenantId}" is not a tenant id (GUID)`);
  return { tenantId, aadObjectId: objectId };
}

const tenantOption = ['--tenant <tenantId>', 'tenant of the person (defaults to MicrosoftAppTenantId, or DEV_TENANT_ID in development)'] as const;

/** `users export`, `users erase` and `users retention`: a person's rights and the retention rules (docs/privacy.md). */
export function registerPrivacyCommands(users: Command): void {
  users
    .command('export <objectId>')
    .description('Print everything Maker Hub holds about a person as one JSON document (audited)')
    .option(...tenantOption)
    .action(async (objectId: string, options: { tenant?: string }) => {
      await withServices(async (services) => {
        const document = await services.privacy.exportPerson(OPERATOR, target(services, objectId, options.tenant));
        process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
      });
    });

  users
    .command('erase <objectId>')
    .description("Erase a person: their words and identifiers everywhere; counts stay, attributed to 'Erased person' (audited, irreversible)")
    .option(...tenantOption)
    .option('--yes', 'confirm: this cannot be undone')
    .action(async (objectId: string, options: { tenant?: string; yes?: boolean }) => {
      await withServices(async (services) => {
        const ref = target(services, objectId, options.tenant);
        if (!options.yes) throw new CliError('erasing a person cannot be undone: run again with --yes (export them first with `maker-hub users export`)');
        const report = await services.privacy.erase({ actor: OPERATOR }, ref);
        const touched = Object.entries(report.rows).filter(([, n]) => n > 0);
        console.log(`erased ${objectId}: now "Erased person" ${report.pseudonym}`);
        for (const [table, n] of touched) console.log(`  ${table.padEnd(22)} ${n} row${n === 1 ? '' : 's'}`);
        if (!report.compacted) console.error('warning: the database stayed busy and was not compacted: erased text may remain in free pages until the next erasure or retention run');
      });
    });

  users
    .command('retention')
    .description('Report what the retention rules remove now (dry run); --apply removes it, as the daily job does')
    .option('--apply', 'remove it now instead of reporting')
    .option('--json', 'print JSON')
    .action(async (options: { apply?: boolean; json?: boolean }) => {
      await withServices(async (services) => {
        const result = await services.privacy.retention({ actor: OPERATOR }, !!options.apply);
        if (options.json) return console.log(JSON.stringify({ applied: !!options.apply, ...result }));
        console.log(options.apply ? 'retention applied:' : 'retention dry run (nothing changed; --apply to remove):');
        for (const kind of Object.keys(RETENTION_LABELS) as RetentionKind[]) {
          const days = result.policy[kind];
          const rule = days > 0 ? `older than ${days} days (before ${result.cutoffs[kind]!.slice(0, 10)})` : 'kept (0 = no limit)';
          console.log(`  ${RETENTION_LABELS[kind]}: ${rule}: ${result.counts[kind]} ${options.apply ? 'removed' : 'to remove'}`);
        }
      });
    });
}
