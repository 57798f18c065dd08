import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { migrationProvider } from './migrations/index.js';

export interface MigrationOutcome {
  applied: string[];
  current: string | undefined;
}

/** Brings the schema to the newest version; safe to run on every start and from the CLI. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) {
    const failed = (results ?? []).find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const all = await migrator.getMigrations();
  const done = all.filter((m) => m.executedAt);
  return { applied, current: done[done.length - 1]?.name };
}

/** Names of migrations not yet applied (readiness: the app is not ready while any are pending). */
export async function pendingMigrations<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  return (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
}
