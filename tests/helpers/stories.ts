import { randomUUID } from 'node:crypto';
import { CHANNEL, TEAM, TENANT, invoke, teamInstall, type ActivityOptions, type Person } from './activities.js';
import { press } from './environment-requests.js';

/** People of the story tests besides ADMIN and MAKER (activities.ts). */
export const CHAMPION: Person = { id: '29:champion', name: 'Chris Champion', aadObjectId: '00000000-0000-0000-0000-00000000c003' };
export const COLLEAGUE: Person = { id: '29:colleague', name: 'Omar Ops', aadObjectId: '00000000-0000-0000-0000-00000000d004' };

/** The showcase channel is the team's General channel; the champions review in their own channel. */
export const SHOWCASE_CHANNEL = CHANNEL.id;
export const MODERATORS_CHANNEL = '19:champions@thread.tacv2';

/** The settings that point stories at those channels (the engine sends only when the test says). */
export const STORY_SETTINGS = {
  STORIES_SHOWCASE_CONVERSATION_IDS: SHOWCASE_CHANNEL,
  STORIES_MODERATION_CONVERSATION_ID: MODERATORS_CHANNEL,
  DELIVERY_WORKER: 'off',
};

/** A valid story as the form card sends it: every input a string, products "a,b". */
export const STORY_FORM = {
  title: 'Expense approvals in one flow',
  problem: 'Expense reports went round by email and took two weeks to approve.',
  solution: 'A Power Apps form with a Power Automate approval flow and a Power BI report.',
  products: 'power-apps,power-automate',
  hoursSavedPerMonth: '40',
  peopleServed: '250',
  costAvoided: '12000',
  currency: 'EUR',
  department: 'Finance',
  imageUrl: 'https://contoso.example/expenses.png',
  linkUrl: 'https://contoso.example/sites/finance/expenses',
};

/** The app was added to the champions' channel of the same team. */
export function moderatorsChannelInstall(opts: ActivityOptions) {
  const activity = teamInstall('add', opts);
  return {
    ...activity,
    conversation: { id: MODERATORS_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    channelData: { ...activity.channelData, team: TEAM, channel: { id: MODERATORS_CHANNEL, name: 'Champions' } },
  };
}

/** Submits the story form in chat (a new form instance unless `submissionKey` is given); returns the card the author sees. */
export function submitStory(baseUrl: string, form: Record<string, unknown>, opts: { serviceUrl: string; from?: Person; submissionKey?: string }) {
  return press(baseUrl, 'stories.submit', { submissionKey: opts.submissionKey ?? randomUUID(), ...form }, opts);
}

/** A message extension invoke for the shareStory action command, as Teams sends it from the compose box. */
export function extensionInvoke(name: 'composeExtension/fetchTask' | 'composeExtension/submitAction', value: Record<string, unknown>, opts: ActivityOptions) {
  return invoke(name, { commandId: 'shareStory', commandContext: 'compose', ...value }, opts);
}

/** A real 1×1 PNG (the browser renders it; the server knows it by its signature). */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
