import { randomUUID } from 'node:crypto';

/** Ids that look like Teams' own, shared by the protocol tests. */
export const TENANT = '00000000-0000-0000-0000-0000000000aa';
export const BOT = { id: '28:maker-hub-bot', name: 'Maker Hub' };
export const ADMIN = { id: '29:admin', name: 'Ada Admin', aadObjectId: '00000000-0000-0000-0000-00000000a001' };
export const MAKER = { id: '29:maker', name: 'Mia Maker', aadObjectId: '00000000-0000-0000-0000-00000000b002' };
export const TEAM = { id: '19:team-general@thread.tacv2', name: 'Power Platform Community' };
export const CHANNEL = { id: '19:team-general@thread.tacv2', name: 'General' };

export type Person = typeof ADMIN;

export interface ActivityOptions {
  serviceUrl: string;
  from?: Person;
}

function base(type: string, opts: ActivityOptions, conversation: Record<string, unknown>, channelData: Record<string, unknown>) {
  const from = opts.from ?? MAKER;
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl: opts.serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: BOT,
    conversation,
    channelData: { tenant: { id: TENANT }, ...channelData },
    locale: 'en-US',
  };
}

export function personalConversation(person: Person = MAKER) {
  return { id: `a:personal-${person.aadObjectId}`, conversationType: 'personal', tenantId: TENANT };
}

/** A message in the person's 1:1 chat with the bot. */
export function personalMessage(text: string, opts: ActivityOptions) {
  return { ...base('message', opts, personalConversation(opts.from), {}), text, textFormat: 'plain' };
}

/** A new channel post that @mentions the bot (Teams puts the mention in the text and in entities). */
export function channelMention(text: string, opts: ActivityOptions) {
  const mention = `<at>${BOT.name}</at>`;
  const activity = base(
    'message',
    opts,
    { id: `${CHANNEL.id};messageid=${Date.now()}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    { team: TEAM, channel: CHANNEL, teamsTeamId: TEAM.id, teamsChannelId: CHANNEL.id },
  );
  return {
    ...activity,
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: BOT }],
  };
}

/** The app was added to (or removed from) a personal chat. */
export function personalInstall(action: 'add' | 'remove', opts: ActivityOptions) {
  return { ...base('installationUpdate', opts, personalConversation(opts.from), {}), action };
}

/** The app was added to (or removed from) a team. */
export function teamInstall(action: 'add' | 'remove', opts: ActivityOptions) {
  return {
    ...base('installationUpdate', opts, { id: CHANNEL.id, conversationType: 'channel', isGroup: true, tenantId: TENANT }, { team: TEAM, channel: CHANNEL }),
    action,
  };
}

/** conversationUpdate with the bot among the added members (Teams sends it with installationUpdate). */
export function botAddedToTeam(opts: ActivityOptions) {
  return {
    ...base('conversationUpdate', opts, { id: CHANNEL.id, conversationType: 'channel', isGroup: true, tenantId: TENANT }, { team: TEAM, eventType: 'teamMemberAdded' }),
    membersAdded: [{ id: BOT.id }],
  };
}

/** An invoke (card action, message extension query, dialog) from a person. */
export function invoke(name: string, value: unknown, opts: ActivityOptions & { conversation?: Record<string, unknown> }) {
  return { ...base('invoke', opts, opts.conversation ?? personalConversation(opts.from), {}), name, value };
}
