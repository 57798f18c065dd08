import type { Kysely, Selectable } from 'kysely';
import type { Conversation, ConversationInput, ConversationRepository, ConversationScope } from '../../domain/conversations/types.js';
import type { ConversationsTable, Database } from '../schema.js';

function toConversation(r: Selectable<ConversationsTable>): Conversation {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    scope: r.scope as ConversationScope,
    teamId: r.team_id,
    teamName: r.team_name,
    channelId: r.channel_id,
    channelName: r.channel_name,
    userId: r.user_id,
    serviceUrl: r.service_url,
    reference: JSON.parse(r.reference_json) as Record<string, unknown>,
    installed: r.installed === 1,
    installedAt: r.installed_at,
    removedAt: r.removed_at,
    welcomedAt: r.welcomed_at,
    updatedAt: r.updated_at,
    teamAadGroupId: r.team_aad_group_id,
    unreachableAt: r.unreachable_at,
    unreachableReason: r.unreachable_reason,
  };
}

export class SqlConversationRepository implements ConversationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async upsertInstalled(input: ConversationInput, at: string) {
    const existing = await this.find(input.id);
    const fields = {
      tenant_id: input.tenantId,
      scope: input.scope,
      team_id: input.teamId,
      // Channel and team names arrive only on some activities: keep what we knew.
      team_name: input.teamName ?? existing?.teamName ?? null,
      channel_id: input.channelId,
      channel_name: input.channelName ?? existing?.channelName ?? null,
      user_id: input.userId ?? existing?.userId ?? null,
      service_url: input.serviceUrl,
      reference_json: JSON.stringify(input.reference),
      installed: 1,
      removed_at: null,
      updated_at: at,
      team_aad_group_id: input.teamAadGroupId ?? existing?.teamAadGroupId ?? null,
      // Any activity from a conversation (or a re-install) shows the app can reach it again.
      unreachable_at: null,
      unreachable_reason: null,
    };
    if (!existing) {
      await this.db.insertInto('conversations').values({ id: input.id, installed_at: at, welcomed_at: null, ...fields }).execute();
    } else {
      await this.db
        .updateTable('conversations')
        .set({ ...fields, installed_at: existing.installed ? existing.installedAt : at })
        .where('id', '=', input.id)
        .execute();
    }
    const conversation = await this.find(input.id);
    if (!conversation) throw new Error('conversation upsert lost its row');
    return { conversation, created: !existing, reinstalled: !!existing && !existing.installed };
  }

  async markRemoved(id: string, at: string): Promise<Conversation | undefined> {
    const result = await this.db.updateTable('conversations').set({ installed: 0, removed_at: at, updated_at: at }).where('id', '=', id).where('installed', '=', 1).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0 ? this.find(id) : undefined;
  }

  async markTeamRemoved(teamId: string, at: string): Promise<number> {
    const result = await this.db.updateTable('conversations').set({ installed: 0, removed_at: at, updated_at: at }).where('team_id', '=', teamId).where('installed', '=', 1).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async claimWelcome(id: string, at: string): Promise<boolean> {
    const result = await this.db.updateTable('conversations').set({ welcomed_at: at }).where('id', '=', id).where('welcomed_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async find(id: string): Promise<Conversation | undefined> {
    const row = await this.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toConversation(row);
  }

  async findPersonal(userId: string): Promise<Conversation | undefined> {
    const row = await this.db
      .selectFrom('conversations')
      .selectAll()
      .where('user_id', '=', userId)
      .where('scope', '=', 'personal')
      .orderBy('installed', 'desc')
      .orderBy('updated_at', 'desc')
      .executeTakeFirst();
    return row && toConversation(row);
  }

  async listInstalled(filter: { scope?: ConversationScope; teamId?: string } = {}): Promise<Conversation[]> {
    let q = this.db.selectFrom('conversations').selectAll().where('installed', '=', 1);
    if (filter.scope) q = q.where('scope', '=', filter.scope);
    if (filter.teamId) q = q.where('team_id', '=', filter.teamId);
    return (await q.orderBy('team_name').orderBy('channel_name').orderBy('id').execute()).map(toConversation);
  }
}
