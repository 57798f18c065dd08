import type { Command } from 'commander';
import { seedSampleContent } from '../../seed/seed.js';
import { migrateToLatest } from '../../storage/migrate.js';
import { withServices } from '../context.js';
import { progressOnTerminal } from '../progress.js';

export function registerMigrateCommands(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      await withServices(
        async (services) => {
          const outcome = await migrateToLatest(services.store.handle.db);
          console.log(outcome.applied.length ? `applied: ${outcome.applied.join(', ')}` : 'database is up to date');
          console.log(`schema: ${outcome.current ?? 'empty'} (${services.store.handle.describe})`);
        },
        { migrate: false },
      );
    });

  program
    .command('seed')
    .description('Add the sample content (FAQ, training paths, events) that is missing')
    .action(async () => {
      await withServices(async (services) => {
        const progress = progressOnTerminal();
        await seedSampleContent(services, (step) => progress.note(`seeding ${step}…`)).finally(() => progress.done());
        console.log('sample content is in place');
      }, { logLevel: 'info' });
    });
}
