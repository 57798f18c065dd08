import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationInput, ConversationScope } from '../src/domain/conversations/types.js';
import { PROFILE_LIMITS } from '../src/domain/identity/profile.js';
import type { ProfileInput } from '../src/domain/identity/types.js';
import { activityLocale } from './locale.js';

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string; aadGroupId?: string };
  channel?: { id?: string; name?: string };
  eventType?: string;
}

export function channelData(activity: Partial<Activity>): TeamsChannelData {
  return (activity.channelData ?? {}) as TeamsChannelData;
}

export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  return channelData(activity).tenant?.id ?? activity.conversation?.tenantId ?? undefined;
}

export function scopeOf(activity: Partial<Activity>): ConversationScope {
  const type = activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat' ? type : 'personal';
}

/** A channel thread's id carries ";messageid=…"; the channel itself is the part before it. */
export function baseConversationId(id: string): string {
  return id.split(';')[0] ?? id;
}

/** The person behind an activity, when Teams says who they are (tenant + Entra object id). */
export function profileOf(activity: Partial<Activity>): ProfileInput | undefined {
  const tenantId = tenantIdOf(activity);
  const aadObjectId = activity.from?.aadObjectId;
  if (!tenantId || !aadObjectId) return undefined;
  return {
    tenantId,
    aadObjectId,
    // Install and invoke activities often carry no name: '' means "keep the name we have".
    // An Entra display name has at most 256 characters; a longer one is cut, not stored whole.
    displayName: (typeof activity.from?.name === 'string' ? activity.from.name.trim() : '').slice(0, PROFILE_LIMITS.displayName),
    // Kept as the person's last seen locale: proactive cards are rendered in it (bot/delivery/templates.ts).
    locale: activityLocale(activity) ?? null,
    timeZone: typeof activity.localTimezone === 'string' ? activity.localTimezone : null,
  };
}

/** The conversation an activity came from, as a proactive-message target. */
export function conversationOf(activity: Partial<Activity>, userId: string | null): ConversationInput | undefined {
  const tenantId = tenantIdOf(activity);
  if (!activity.conversation?.id || !activity.serviceUrl || !tenantId) return undefined;
  const scope = scopeOf(activity);
  const data = channelData(activity);
  const id = baseConversationId(activity.conversation.id);
  const reference = TurnContext.getConversationReference(activity);
  delete reference.activityId;
  reference.conversation = { ...activity.conversation, id };
  return {
    id,
    tenantId,
    scope,
    teamId: data.team?.id ?? null,
    teamName: data.team?.name ?? null,
    teamAadGroupId: data.team?.aadGroupId ?? null,
    channelId: scope === 'channel' ? (data.channel?.id ?? id) : null,
    channelName: data.channel?.name ?? null,
    userId: scope === 'personal' ? userId : null,
    serviceUrl: activity.serviceUrl,
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
  };
}
