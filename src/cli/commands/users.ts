import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Command } from 'commander';
import { CliError, OPERATOR, withServices } from '../context.js';
import { registerPrivacyCommands } from './users-privacy.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  line: number;
  aadObjectId: string;
  department: string;
  tenantId?: string;
}

/**
 * Reads a directory export: a header row naming at least `objectId` (or `id`) and `department`,
 * optionally `tenantId`. Every line is checked before anything is written.
 */
function parseExport(text: string): Row[] {
  const records = parse(text.replace(/^\uFEFF/, ''), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true }) as Array<Record<string, string>>;
  const problems: string[] = [];
  const rows = records.map((r, i) => {
    const line = i + 2;
    const aadObjectId = r['objectid'] ?? r['id'] ?? '';
    const department = r['department'] ?? '';
    if (!GUID.test(aadObjectId)) problems.push(`line ${line}: "${aadObjectId}" is not an Entra object id`);
    if (department.length > 80) problems.push(`line ${line}: department longer than 80 characters`);
    return { line, aadObjectId, department, tenantId: r['tenantid'] || undefined };
  });
  if (!records.length) problems.push('no rows: the file needs a header with objectId and department, then one row per person');
  if (problems.length) throw new CliError(`nothing imported:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return rows;
}

export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('People known to Maker Hub: departments, export, erasure, retention');
  registerPrivacyCommands(users);
  users
    .command('departments <file>')
    .description('Set departments from a directory export (CSV: objectId,department[,tenantId]); people not yet known are skipped')
    .option('--tenant <tenantId>', 'tenant of rows without tenantId (defaults to MicrosoftAppTenantId, or DEV_TENANT_ID in development)')
    .action(async (file: string, options: { tenant?: string }) => {
      const text = await readFile(file, 'utf8').catch(() => {
        throw new CliError(`cannot read ${file}`);
      });
      const rows = parseExport(text);
      await withServices(async (services) => {
        const fallback = options.tenant ?? services.config.bot.tenantId ?? (services.config.env !== 'production' ? services.config.auth.devIdentity.tenantId : undefined);
        let changed = 0;
        let unchanged = 0;
        let unknown = 0;
        for (const row of rows) {
          const tenantId = row.tenantId ?? fallback;
          if (!tenantId) throw new CliError(`line ${row.line}: no tenantId column and no --tenant`);
          const known = await services.identity.findUser({ tenantId, aadObjectId: row.aadObjectId });
          if (!known) {
            unknown++;
            continue;
          }
          const result = await services.identity.setDepartment({ actor: OPERATOR }, { tenantId, aadObjectId: row.aadObjectId }, row.department || null);
          if (result.changed) changed++;
          else unchanged++;
        }
        console.log(`departments: ${changed} changed, ${unchanged} unchanged, ${unknown} not known to Maker Hub yet (skipped)`);
      });
    });
}
