/** Where the app can talk: a personal chat, a team channel or a group chat it is installed in. */
export type ConversationScope = 'personal' | 'channel' | 'groupChat';

/**
 * A conversation the app may message proactively. `reference` is the Teams layer's own
 * conversation reference, kept opaque here so the domain does not depend on the Bot Framework.
 */
export interface Conversation {
  id: string;
  tenantId: string;
  scope: ConversationScope;
  teamId: string | null;
  teamName: string | null;
  channelId: string | null;
  channelName: string | null;
  /** The user of a personal chat. */
  userId: string | null;
  serviceUrl: string;
  reference: Record<string, unknown>;
  installed: boolean;
  installedAt: string;
  removedAt: string | null;
  welcomedAt: string | null;
  updatedAt: string;
  /** The team's Microsoft 365 group id (channels): Graph addresses a channel's messages by it. */
  teamAadGroupId?: string | null;
  /**
   * Set when Teams refused to deliver here (403 blocked / 404 gone): the delivery engine sends
   * nothing more until the conversation is active again (any activity or a re-install clears it).
   */
  unreachableAt?: string | null;
  unreachableReason?: string | null;
}

export type ConversationInput = Omit<Conversation, 'installed' | 'installedAt' | 'removedAt' | 'welcomedAt' | 'updatedAt' | 'unreachableAt' | 'unreachableReason'>;

export interface ConversationRepository {
  /** Records the conversation as installed (re-installing clears a previous removal). */
  upsertInstalled(input: ConversationInput, at: string): Promise<{ conversation: Conversation; created: boolean; reinstalled: boolean }>;
  markRemoved(id: string, at: string): Promise<Conversation | undefined>;
  /** Removes every conversation of a team (the app was removed from the team). */
  markTeamRemoved(teamId: string, at: string): Promise<number>;
  /** True only for the first caller: the welcome card is sent once per conversation. */
  claimWelcome(id: string, at: string): Promise<boolean>;
  find(id: string): Promise<Conversation | undefined>;
  findPersonal(userId: string): Promise<Conversation | undefined>;
  listInstalled(filter?: { scope?: ConversationScope; teamId?: string }): Promise<Conversation[]>;
}
