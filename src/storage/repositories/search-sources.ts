import type { Kysely } from 'kysely';
import type { CommunityContent, SearchSourceRepository } from '../../domain/search/repository.js';
import type { Database } from '../schema.js';

/** The newest events and stories indexed; older ones stay on their pages (a bound on memory). */
const MAX_EVENTS = 2000;
const MAX_STORIES = 5000;

type Versioned = 'training_paths' | 'training_modules' | 'events' | 'stories';

export class SqlSearchSourceRepository implements SearchSourceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private async aggregate(table: Versioned): Promise<string> {
    const row = await this.db
      .selectFrom(table)
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('updated_at').as('u'), eb.fn.sum<string | number | null>('version').as('v')])
      .executeTakeFirstOrThrow();
    return `${String(row.n)}/${String(row.u ?? '')}/${String(row.v ?? 0)}`;
  }

  async communityFingerprint(): Promise<string> {
    const parts = await Promise.all((['training_paths', 'training_modules', 'events', 'stories'] as const).map((t) => this.aggregate(t)));
    return parts.join('|');
  }

  async community(): Promise<CommunityContent> {
    const [paths, modules, events, stories] = await Promise.all([
      this.db.selectFrom('training_paths').select(['id', 'title', 'summary', 'audience', 'level']).where('retired_at', 'is', null).orderBy('position').orderBy('id').execute(),
      this.db
        .selectFrom('training_modules as m')
        .innerJoin('training_paths as p', 'p.id', 'm.path_id')
        .select(['m.id', 'm.path_id', 'p.title as path_title', 'p.summary as path_summary', 'm.title', 'm.description', 'm.kind', 'm.minutes'])
        .where('m.retired_at', 'is', null)
        .where('p.retired_at', 'is', null)
        .orderBy('p.position')
        .orderBy('m.position')
        .execute(),
      this.db
        .selectFrom('events')
        .select(['id', 'title', 'description', 'type', 'starts_at', 'location'])
        .where('status', '=', 'scheduled')
        .orderBy('starts_at', 'desc')
        .orderBy('id')
        .limit(MAX_EVENTS)
        .execute(),
      this.db
        .selectFrom('stories')
        .select(['id', 'title', 'problem', 'solution', 'department', 'products_json'])
        .where('status', '=', 'published')
        .orderBy('published_at', 'desc')
        .orderBy('id')
        .limit(MAX_STORIES)
        .execute(),
    ]);
    return {
      paths: paths.map((p) => ({ id: p.id, title: p.title, summary: p.summary, audience: p.audience, level: p.level })),
      modules: modules.map((m) => ({ id: m.id, pathId: m.path_id, pathTitle: m.path_title, pathSummary: m.path_summary, title: m.title, description: m.description, kind: m.kind, minutes: Number(m.minutes) })),
      events: events.map((e) => ({ id: e.id, title: e.title, description: e.description, type: e.type, startsAt: e.starts_at, location: e.location })),
      stories: stories.map((s) => ({ id: s.id, title: s.title, problem: s.problem, solution: s.solution, department: s.department, products: JSON.parse(s.products_json) as string[] })),
    };
  }
}
