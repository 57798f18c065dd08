import { audit } from '../audit/audit.js';
import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import type { Conversation, ConversationInput } from './types.js';

const APP: { kind: 'system'; name: string } = { kind: 'system', name: 'teams' };

/** Keeps the list of places the app is installed in, which proactive messages are sent to. */
export class ConversationService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /**
   * Records an install (or refreshes the reference of a known conversation on any activity).
   * Re-installing makes a conversation reachable again.
   */
  async recordInstalled(input: ConversationInput): Promise<Conversation> {
    const at = this.clock.now().toISOString();
    return this.store.transaction(async (tx) => {
      const { conversation, created, reinstalled } = await tx.conversations.upsertInstalled(input, at);
      if (created || reinstalled)
        await audit(tx.audit, { clock: this.clock }, APP, 'conversation.install', { type: 'conversation', id: input.id }, null, { scope: input.scope, teamId: input.teamId });
      return conversation;
    });
  }

  async recordRemoved(conversationId: string): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      const removed = await tx.conversations.markRemoved(conversationId, at);
      if (removed) await audit(tx.audit, { clock: this.clock }, APP, 'conversation.uninstall', { type: 'conversation', id: conversationId }, { installed: true }, { installed: false });
    });
  }

  /** The app was removed from a team: none of its channels may be messaged any more. */
  async recordTeamRemoved(teamId: string): Promise<void> {
    const at = this.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      const count = await tx.conversations.markTeamRemoved(teamId, at);
      if (count) await audit(tx.audit, { clock: this.clock }, APP, 'team.uninstall', { type: 'team', id: teamId }, { installed: true }, { installed: false, conversations: count });
    });
  }

  /** True exactly once per conversation, so install events that arrive twice welcome once. */
  async claimWelcome(conversationId: string): Promise<boolean> {
    return this.store.repos.conversations.claimWelcome(conversationId, this.clock.now().toISOString());
  }

  async listInstalled(filter?: Parameters<Store['repos']['conversations']['listInstalled']>[0]): Promise<Conversation[]> {
    return this.store.repos.conversations.listInstalled(filter);
  }
}
