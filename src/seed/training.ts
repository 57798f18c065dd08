import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Services } from '../container.js';
import type { PathDraft } from '../domain/training/training-admin.js';

const SEEDER = { actor: { kind: 'system' as const, name: 'seed' } };

/**
 * The content/training folder, found from this module upwards: the same code runs from src/ under
 * tsx and from dist/src/ after a build, at different depths below the project root.
 */
export function trainingContentDir(): string | undefined {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'content', 'training');
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

/** Every path described in the folder's YAML files, in file-name order (01-…, 02-…). */
export function readTrainingContent(dir: string): Array<{ file: string; draft: PathDraft }> {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((file) => ({ file, draft: parse(readFileSync(path.join(dir, file), 'utf8')) as PathDraft }));
}

/**
 * Adds the paths from content/training whose slug is not in the database yet. Paths already there
 * are left as the CoE edited them (a later content change never overwrites an admin's work).
 */
export async function seedTraining(services: Services, dir = trainingContentDir()): Promise<number> {
  if (!dir) return 0;
  let added = 0;
  for (const { file, draft } of readTrainingContent(dir)) {
    const slug = typeof draft.slug === 'string' ? draft.slug : '';
    if (slug && (await services.store.repos.training.findPathBySlug(slug))) continue;
    try {
      await services.training.admin.createPath(SEEDER, draft);
      added++;
    } catch (error) {
      // A broken file must not stop the server: say which file and why, seed the rest.
      services.logger.warn({ file, err: error }, 'training content file skipped');
    }
  }
  return added;
}
