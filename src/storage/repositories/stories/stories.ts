import { sql, type Kysely } from 'kysely';
import type { NewStory, StoryChanges, StoryRepository } from '../../../domain/stories/repository.js';
import type { ImpactTotals, Story, StoryFilter, StoryStatus } from '../../../domain/stories/types.js';
import type { Database } from '../../schema.js';
import { changeSet, toRow, toStory } from './rows.js';

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
function contains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class SqlStoryRepository implements StoryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stories with the author's and the moderator's names. */
  private select() {
    return this.db
      .selectFrom('stories as s')
      .innerJoin('users as a', 'a.id', 's.author_id')
      .leftJoin('users as m', 'm.id', 's.moderated_by')
      // An erased uploader's picture is gone: the story then shows none.
      .leftJoin('story_images as i', 'i.id', 's.image_id')
      .selectAll('s')
      .select(['a.display_name as author_name', 'm.display_name as moderator_name', 'i.token as image_token']);
  }

  /** The WHERE clause of a filter, shared by the list and the totals so both count the same stories. */
  private filtered(filter: StoryFilter) {
    let q = this.select();
    if (filter.status?.length) q = q.where('s.status', 'in', [...filter.status]);
    if (filter.authorId) q = q.where('s.author_id', '=', filter.authorId);
    if (filter.product) q = q.where('s.products_json', 'like', `%"${filter.product}"%`);
    if (filter.department) q = q.where((eb) => eb(eb.fn('lower', ['s.department']), '=', filter.department!.toLowerCase()));
    const day = sql<string>`substr(coalesce(s.published_at, s.created_at), 1, 10)`;
    if (filter.from) q = q.where(day, '>=', filter.from);
    if (filter.to) q = q.where(day, '<=', filter.to);
    for (const word of (filter.search ?? '').split(/\s+/).filter(Boolean).slice(0, 8)) {
      // Every word must appear somewhere; escape '\' makes the escaping mean the same on SQLite and PostgreSQL.
      const like = contains(word);
      const hit = (column: string) => sql<boolean>`lower(${sql.ref(column)}) like ${like} escape '\\'`;
      q = q.where((eb) => eb.or([hit('s.title'), hit('s.problem'), hit('s.solution'), hit('s.department'), hit('a.display_name')]));
    }
    return q;
  }

  async insertOnce(row: NewStory): Promise<{ story: Story; created: boolean }> {
    // ON CONFLICT DO NOTHING on (author, submission key): the second of two concurrent submits waits, then inserts nothing.
    const result = await this.db
      .insertInto('stories')
      .values(toRow(row))
      .onConflict((oc) => oc.columns(['author_id', 'submission_key']).doNothing())
      .executeTakeFirst();
    const created = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    const story = await this.findBySubmission(row.authorId, row.submissionKey);
    if (!story) throw new Error('story insert lost its row');
    return { story, created };
  }

  async find(id: string): Promise<Story | undefined> {
    const row = await this.select().where('s.id', '=', id).executeTakeFirst();
    return row && toStory(row);
  }

  async findBySubmission(authorId: string, submissionKey: string): Promise<Story | undefined> {
    const row = await this.select().where('s.author_id', '=', authorId).where('s.submission_key', '=', submissionKey).executeTakeFirst();
    return row && toStory(row);
  }

  async update(id: string, version: number, changes: StoryChanges, at: string): Promise<boolean> {
    const set = { ...changeSet(changes), updated_at: at, version: version + 1 };
    const result = await this.db.updateTable('stories').set(set).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async list(filter: StoryFilter): Promise<Story[]> {
    const rows = await this.filtered(filter)
      .orderBy(sql`coalesce(s.published_at, s.created_at)`, 'desc')
      .orderBy('s.id')
      .limit(Math.min(Math.max(filter.limit ?? 50, 1), 200))
      .offset(Math.max(filter.offset ?? 0, 0))
      .execute();
    return rows.map(toStory);
  }

  async totals(filter: StoryFilter): Promise<ImpactTotals> {
    const base = this.filtered({ ...filter, limit: undefined, offset: undefined }).clearSelect();
    const sums = await base
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.sum<string | number | null>('s.hours_saved_per_month').as('hours'), eb.fn.sum<string | number | null>('s.people_served').as('people')])
      .executeTakeFirstOrThrow();
    const costs = await base
      .where('s.cost_avoided', 'is not', null)
      .where('s.currency', 'is not', null)
      .select((eb) => ['s.currency', eb.fn.sum<string | number>('s.cost_avoided').as('amount')])
      .groupBy('s.currency')
      .execute();
    return {
      stories: Number(sums.n),
      hoursSavedPerMonth: Math.round(Number(sums.hours ?? 0) * 100) / 100,
      peopleServed: Number(sums.people ?? 0),
      costAvoided: costs.map((c) => ({ currency: c.currency!, amount: Number(c.amount) })).sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
    };
  }

  async departments(status: readonly StoryStatus[]): Promise<string[]> {
    const rows = await this.db.selectFrom('stories').select('department').distinct().where('status', 'in', [...status]).execute();
    // Case variants ("Finance", "finance") are one department to a person; keep the first spelling.
    const seen = new Map<string, string>();
    for (const { department } of rows) if (!seen.has(department.toLowerCase())) seen.set(department.toLowerCase(), department);
    return [...seen.values()].sort((a, b) => a.localeCompare(b));
  }

  async setKudos(storyId: string, userId: string, given: boolean, at: string): Promise<{ changed: boolean; count: number }> {
    let changed: boolean;
    if (given) {
      const result = await this.db.insertInto('story_kudos').values({ story_id: storyId, user_id: userId, created_at: at }).onConflict((oc) => oc.columns(['story_id', 'user_id']).doNothing()).executeTakeFirst();
      changed = Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    } else {
      const result = await this.db.deleteFrom('story_kudos').where('story_id', '=', storyId).where('user_id', '=', userId).executeTakeFirst();
      changed = Number(result.numDeletedRows) > 0;
    }
    // An increment, not a recount: under concurrent kudos it is atomic on the row in both databases.
    if (changed) await this.db.updateTable('stories').set((eb) => ({ kudos_count: eb('kudos_count', given ? '+' : '-', 1) })).where('id', '=', storyId).execute();
    const row = await this.db.selectFrom('stories').select('kudos_count').where('id', '=', storyId).executeTakeFirstOrThrow();
    return { changed, count: Number(row.kudos_count) };
  }

  async kudosGivenBy(userId: string, storyIds: readonly string[]): Promise<Set<string>> {
    if (!storyIds.length) return new Set();
    const rows = await this.db.selectFrom('story_kudos').select('story_id').where('user_id', '=', userId).where('story_id', 'in', [...storyIds]).execute();
    return new Set(rows.map((r) => r.story_id));
  }

  async kudosGivers(storyIds: readonly string[]): Promise<Map<string, string[]>> {
    const byStory = new Map<string, string[]>();
    if (!storyIds.length) return byStory;
    const rows = await this.db
      .selectFrom('story_kudos')
      .innerJoin('users', 'users.id', 'story_kudos.user_id')
      .select(['story_kudos.story_id', 'users.display_name'])
      .where('story_kudos.story_id', 'in', [...storyIds])
      .orderBy('story_kudos.created_at')
      .orderBy('users.display_name')
      .execute();
    for (const r of rows) byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), r.display_name]);
    return byStory;
  }
}
