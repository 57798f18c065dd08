import type { Migration, MigrationProvider } from 'kysely';
import { foundation } from './0001-foundation.js';

/**
 * Every migration, in order. Listed statically (not read from a folder) so the same list works from
 * TypeScript sources under tsx and from the compiled dist/ build. Names never change once shipped.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': foundation,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
