import type { Services } from '../container.js';
import { seedSampleEvents } from './sample-events.js';
import { seedTraining } from './training.js';
import { seedStarterFaq } from './ask.js';

/**
 * Sample content for a fresh development database. Each capability adds its own seeding here;
 * every step is idempotent (it seeds only what is missing), so it runs on every start.
 */
export async function seedSampleContent(services: Services, onStep?: (step: string) => void): Promise<void> {
  const steps: Array<[string, (s: Services) => Promise<number>]> = [
    ['training paths', (s) => seedTraining(s)],
    ['sample events', (s) => seedSampleEvents(s)],
    ['starter FAQ', (s) => seedStarterFaq(s)],
  ];
  for (const [name, step] of steps) {
    onStep?.(name);
    const added = await step(services);
    if (added) services.logger.info({ step: name, added }, 'sample content seeded');
  }
}
