import { audit } from '../audit/audit.js';
import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import { RECENT_DEFAULTS, RecentCache, type RecentCacheOptions } from '../identity/recent-cache.js';
import type { Conversation, ConversationInput } from './types.js';

const APP: { kind: 'system'; name: string } = { kind: 'system', name: 'teams' };

export interface ConversationServiceOptions {
  /** The conversation records remembered between turns (default: a minute, 10,000 conversations). */
  recentRecords?: RecentCacheOptions;
}

/** What was last written for a conversation: the whole input, and its team (for team removal). */
interface RecentRecord {
  written: string;
  teamId: string | null;
}

/**
 * Keeps the list of places the app is installed in, which proactive messages are sent to.
 *
 * Every turn refreshes its conversation's record (`recordActivity`); what was written is remembered
 * for a short while (`recentRecords`, a minute by default), and a turn that would write the very
 * same record again within that time writes nothing. So `conversations.updated_at` is the last
 * activity to within one TTL. Removals in this service forget the conversation at once; the Teams
 * layer forgets a conversation Teams refused a message to (so the next turn there clears the
 * delivery engine's unreachable mark, as any activity does). A change made by another instance (a
 * worker elsewhere marking it unreachable) is cleared by the first turn after the entry expires.
 */
export class ConversationService {
  private readonly recent: RecentCache<RecentRecord>;
  private forgets = 0;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    options: ConversationServiceOptions = {},
  ) {
    this.recent = new RecentCache(clock, options.recentRecords ?? RECENT_DEFAULTS);
  }

  /**
   * Records an install (or refreshes the reference of a known conversation), always writing.
   * Re-installing makes a conversation reachable again.
   */
  async recordInstalled(input: ConversationInput): Promise<Conversation> {
    const written = JSON.stringify(input);
    const forgets = this.forgets;
    const at = this.clock.now().toISOString();
    const conversation = await this.store.transaction(async (tx) => {
      const { conversation, created, reinstalled } = await tx.conversations.upsertInstalled(input, at);
      if (created || reinstalled)
        await audit(tx.audit, { clock: this.clock }, APP, 'conversation.install', { type: 'conversation', id: input.id }, null, { scope: input.scope, teamId: input.teamId });
      return conversation;
    });
    if (forgets === this.forgets) this.recent.set(input.id, { written, teamId: input.teamId });
    return conversation;
  }

  /**
   * Any activity from a conversation: records it as installed and refreshes its reference, unless
   * exactly this record was written within the TTL (see the class comment).
   */
  async recordActivity(input: ConversationInput): Promise<void> {
    if (this.recent.get(input.id)?.written === JSON.stringify(input)) return;
    await this.recordInstalled(input);
  }

  /** Forgets what was last written for a conversation: its next activity writes its record again. */
  forget(conversationId: string): void {
    this.forgets += 1;
    this.recent.delete(conversationId);
  }

  async recordRemoved(conversationId: string): Promise<void> {
    this.forget(conversationId);
    const at = this.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      const removed = await tx.conversations.markRemoved(conversationId, at);
      if (removed) await audit(tx.audit, { clock: this.clock }, APP, 'conversation.uninstall', { type: 'conversation', id: conversationId }, { installed: true }, { installed: false });
    });
    // Again after the commit: a turn that raced the removal must not leave it remembered.
    this.forget(conversationId);
  }

  /** The app was removed from a team: none of its channels may be messaged any more. */
  async recordTeamRemoved(teamId: string): Promise<void> {
    this.forgetTeam(teamId);
    const at = this.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      const count = await tx.conversations.markTeamRemoved(teamId, at);
      if (count) await audit(tx.audit, { clock: this.clock }, APP, 'team.uninstall', { type: 'team', id: teamId }, { installed: true }, { installed: false, conversations: count });
    });
    this.forgetTeam(teamId);
  }

  private forgetTeam(teamId: string): void {
    this.forgets += 1;
    this.recent.deleteWhere((r) => r.teamId === teamId);
  }

  /** True exactly once per conversation, so install events that arrive twice welcome once. */
  async claimWelcome(conversationId: string): Promise<boolean> {
    return this.store.repos.conversations.claimWelcome(conversationId, this.clock.now().toISOString());
  }

  async listInstalled(filter?: Parameters<Store['repos']['conversations']['listInstalled']>[0]): Promise<Conversation[]> {
    return this.store.repos.conversations.listInstalled(filter);
  }
}
