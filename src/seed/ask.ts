import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Services } from '../container.js';
import { parseFaqFile } from '../domain/ask/faq-file.js';
import type { FaqInput } from '../domain/ask/types.js';

/** Every starter FAQ entry in `<contentDir>/faq/*.yaml`, in file-name order. */
export function readStarterFaq(contentDir: string): FaqInput[] {
  const dir = path.join(contentDir, 'faq');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .flatMap((file) => parseFaqFile(readFileSync(path.join(dir, file), 'utf8'), `faq/${file}`));
}

/** Adds the starter FAQ entries that are missing (edited or deleted ones stay as the CoE left them). */
export async function seedStarterFaq(services: Services): Promise<number> {
  return services.ask.faq.seed(readStarterFaq(services.ask.config.contentDir));
}
