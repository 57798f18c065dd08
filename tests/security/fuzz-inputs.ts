import { VERB_RULES } from '../../bot/handlers/verb-rules.js';

/** A small seeded generator (mulberry32): the same seed gives the same inputs, so a failure replays. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

/** Strings that have broken parsers, renderers and queries elsewhere. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  '\u202e\u0644\u0627 RTL',
  '👩🏽‍💻🚀',
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '${{TEAMS_APP_ID}}',
  '../../etc/passwd',
  '%2e%2e%2f',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '00000000-0000-0000-0000-000000000000',
  'a:personal-x',
  '19:x@thread.tacv2;messageid=1',
  '\ud800',
];

/** Field names the app's handlers read, so random bodies reach past "unknown field" into the checks. */
export const FIELDS = [
  'question', 'helpful', 'days', 'reason', 'decision', 'comment', 'version', 'response', 'rating', 'title', 'problem', 'solution',
  'products', 'imageUrl', 'linkUrl', 'department', 'submissionKey', 'displayName', 'type', 'region', 'justification', 'dataverse',
  'notificationsOptOut', 'aadObjectId', 'tenantId', 'role', 'folder', 'baseUrl', 'conversationIds', 'ids', 'basedOn', 'retired', 'done',
  'environmentUrl', 'environmentId', 'start', 'end', 'timeZone', 'capacity', 'modules', 'answer', 'tags', 'alternates', 'action',
  'requestId', 'ticketId', 'storyId', 'eventId', 'questionId', 'moduleId', 'formId', 'extensionDays', 'extensionReason', 'durationDays',
  '__proto__', 'constructor', 'prototype',
];

export function randomString(rng: Rng): string {
  switch (rng.int(5)) {
    case 0:
      return rng.pick(NASTY);
    case 1:
      return 'x'.repeat(rng.pick([1, 80, 256, 257, 1001, 4001, 9000, 60_000]));
    case 2:
      return Array.from({ length: rng.int(40) }, () => String.fromCharCode(32 + rng.int(0x2fff))).join('');
    case 3:
      return `${rng.int(0xffffffff).toString(16).padStart(8, '0')}-0000-4000-8000-${rng.int(0xffffff).toString(16).padStart(12, '0')}`;
    default:
      return rng.pick(['Sandbox', 'Production', 'going', 'maybe', 'approve', 'decline', 'power-apps', 'EUR', 'coe-admin', 'true', 'false', '2031-03-04', '2031-03-04T10:00', 'Europe/Berlin']);
  }
}

export function randomValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 5 : 8)) {
    case 0:
      return randomString(rng);
    case 1:
      return rng.pick([0, -1, 1, 7, 30, 1.5, 2 ** 31, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e300]);
    case 2:
      return rng.chance(0.5);
    case 3:
      return null;
    case 4:
      return randomString(rng);
    case 5:
      return Array.from({ length: rng.int(5) }, () => randomValue(rng, depth + 1));
    default:
      return randomObject(rng, depth + 1);
  }
}

export function randomObject(rng: Rng, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = rng.int(6); i > 0; i -= 1) {
    // defineProperty: a plain assignment to "__proto__" would set the prototype instead of a key.
    Object.defineProperty(out, rng.chance(0.8) ? rng.pick(FIELDS) : randomString(rng).slice(0, 40), { value: randomValue(rng, depth), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A JSON body as a request may carry it: mostly objects with the app's field names, sometimes anything. */
export function randomBody(rng: Rng): { text: string; type: string } {
  const type = rng.chance(0.92) ? 'application/json' : rng.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/vnd.api+json']);
  if (rng.chance(0.05)) return { text: rng.pick(['{', '{"a":', '[1,2', '\u0000', '{"question": "\ud800"}', 'true', '"text"', '12']), type };
  if (rng.chance(0.05)) return { text: '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}', type };
  return { text: JSON.stringify(rng.chance(0.85) ? randomObject(rng) : randomValue(rng)), type };
}

const VERBS = Object.keys(VERB_RULES);
const INVOKES = ['adaptiveCard/action', 'composeExtension/query', 'composeExtension/fetchTask', 'composeExtension/submitAction', 'task/fetch', 'task/submit', 'signin/verifyState', 'config/fetch', 'no/such/invoke'];
const TYPES = ['message', 'invoke', 'installationUpdate', 'conversationUpdate', 'messageReaction', 'event', 'typing', 'endOfConversation', 'messageUpdate', 'messageDelete', 'bogus'];

/** A Teams-shaped activity, valid at first, then bent in 0 to 4 places. */
export function randomActivity(rng: Rng, serviceUrl: string, tenantId: string, people: readonly string[]): Record<string, unknown> {
  const aad = rng.pick(people);
  const channel = rng.chance(0.25);
  const type = rng.chance(0.85) ? rng.pick(['message', 'invoke', 'invoke', 'installationUpdate', 'conversationUpdate']) : rng.pick(TYPES);
  const activity: Record<string, unknown> = {
    type,
    id: `fuzz-${rng.int(1e9)}`,
    timestamp: rng.chance(0.9) ? new Date().toISOString() : randomString(rng),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:${aad}`, name: rng.chance(0.8) ? 'Fuzz Maker' : randomString(rng), aadObjectId: aad },
    recipient: { id: '28:maker-hub-bot', name: 'Maker Hub' },
    conversation: channel ? { id: '19:fuzz@thread.tacv2;messageid=1700000000000', conversationType: 'channel', isGroup: true, tenantId } : { id: `a:personal-${aad}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId }, ...(channel ? { team: { id: '19:fuzz@thread.tacv2', name: 'Fuzz team' }, channel: { id: '19:fuzz@thread.tacv2' } } : {}) },
    locale: rng.pick(['en-US', 'de-DE', 'xx', '']),
  };
  if (type === 'message') {
    activity.text = rng.chance(0.6) ? rng.pick(['help', 'my requests', 'events', 'training', 'my stories', 'request an environment', 'share a story', 'notifications off', 'ask how do I share an app', 'what is DLP?']) : randomString(rng);
    if (channel && rng.chance(0.7)) activity.entities = [{ type: 'mention', text: '<at>Maker Hub</at>', mentioned: { id: '28:maker-hub-bot', name: 'Maker Hub' } }];
    if (rng.chance(0.15)) activity.value = rng.chance(0.5) ? { command: randomString(rng) } : randomObject(rng);
  } else if (type === 'invoke') {
    const name = rng.chance(0.7) ? 'adaptiveCard/action' : rng.pick(INVOKES);
    activity.name = name;
    activity.value =
      name === 'adaptiveCard/action'
        ? { action: { type: 'Action.Execute', verb: rng.chance(0.9) ? rng.pick(VERBS) : randomString(rng), data: randomObject(rng) }, trigger: 'manual' }
        : name === 'composeExtension/query'
          ? { commandId: rng.pick(['searchKnowledge', 'shareStory', 'nope']), parameters: [{ name: 'query', value: randomString(rng) }], queryOptions: { skip: rng.int(30), count: rng.int(30) } }
          : randomValue(rng);
  } else {
    activity.action = rng.pick(['add', 'remove', 'add-upgrade', randomString(rng)]);
    if (rng.chance(0.5)) activity.membersAdded = [{ id: rng.chance(0.5) ? '28:maker-hub-bot' : `29:${aad}` }];
  }
  for (let i = rng.int(5); i > 0; i -= 1) mutate(rng, activity);
  return activity;
}

/** Bends one field: removed, replaced by something random, or stuffed. */
function mutate(rng: Rng, activity: Record<string, unknown>): void {
  const paths: Array<[string[], string]> = [
    [[], 'type'], [[], 'text'], [[], 'value'], [[], 'name'], [[], 'serviceUrl'], [[], 'channelData'], [[], 'entities'],
    [['from'], 'id'], [['from'], 'name'], [['from'], 'aadObjectId'], [['conversation'], 'id'], [['conversation'], 'conversationType'],
    [['conversation'], 'tenantId'], [['recipient'], 'id'], [[], 'from'], [[], 'conversation'], [[], 'localTimezone'], [[], 'replyToId'],
  ];
  const [parents, key] = rng.pick(paths);
  let target: Record<string, unknown> | undefined = activity;
  for (const p of parents) target = target?.[p] && typeof target[p] === 'object' ? (target[p] as Record<string, unknown>) : undefined;
  if (!target) return;
  if (rng.chance(0.3)) delete target[key];
  else target[key] = randomValue(rng);
}
