import assert from 'node:assert/strict';
import { CHANNEL, TEAM, TENANT, invoke, type Person } from './activities.js';
import { postActivity } from './bot-client.js';
import type { Actor, Principal } from '../../src/domain/identity/types.js';
import type { Clock } from '../../src/domain/shared/clock.js';
import type { EventDraft } from '../../src/domain/events/validation.js';
import type { PathDraft } from '../../src/domain/training/training-admin.js';

/** A clock the test moves by hand (reminders, "is it over yet", feedback after the event). */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const asActor = (principal: Principal): Actor => ({ kind: 'user', principal });

/** A small path with `n` modules, as an admin would create it. */
export function samplePath(slug: string, n = 3, overrides: Partial<PathDraft> = {}): PathDraft {
  return {
    slug,
    title: `Path ${slug}`,
    summary: 'A short path for tests.',
    audience: 'new-maker',
    level: 'beginner',
    modules: Array.from({ length: n }, (_, i) => ({
      title: `Module ${i + 1}`,
      description: `Step ${i + 1}.`,
      url: `https://learn.microsoft.com/en-us/power-apps/maker/canvas-apps/getting-started?step=${i + 1}`,
      minutes: 10 + i,
      kind: 'article',
    })),
    ...overrides,
  };
}

/** An event draft in Berlin on `day` (YYYY-MM-DD) from 10:00 to 11:00 local time. */
export function sampleEvent(day: string, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Power Automate office hours',
    description: 'Bring your flows.',
    type: 'office-hours',
    start: `${day}T10:00`,
    end: `${day}T11:00`,
    timeZone: 'Europe/Berlin',
    meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_test',
    location: null,
    capacity: null,
    audienceNote: null,
    ...overrides,
  } as EventDraft;
}

// ---------------------------------------------------------------------------------------------
// Protocol helpers: card presses and tab API calls as Teams and the tab make them.


/** A second maker, for RSVPs from two people. */
export const MAX: Person = { id: '29:max', name: 'Max Maker', aadObjectId: '00000000-0000-0000-0000-00000000b003' };

/** An Action.Execute press (inputs merged into data), in a personal chat or on a card in the team channel. */
export function cardPress(verb: string, data: Record<string, unknown>, opts: { serviceUrl: string; from?: Person; inChannel?: boolean; refresh?: boolean }) {
  const conversation = opts.inChannel ? { id: `${CHANNEL.id};messageid=1700000000000`, conversationType: 'channel', isGroup: true, tenantId: TENANT } : undefined;
  const activity = invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: opts.refresh ? 'automatic' : 'manual' }, { ...opts, ...(conversation ? { conversation } : {}) }) as Record<string, unknown>;
  if (opts.inChannel) Object.assign(activity.channelData as Record<string, unknown>, { team: TEAM, channel: CHANNEL });
  return activity;
}

/** Presses a card button and returns the card Teams would show the person who pressed it. */
export async function pressCard(baseUrl: string, verb: string, data: Record<string, unknown>, opts: Parameters<typeof cardPress>[2]): Promise<Record<string, unknown>> {
  const res = await postActivity(baseUrl, cardPress(verb, data, opts));
  assert.equal(res.status, 200, `invoke answered ${res.status}: ${JSON.stringify(res.body)}`);
  const body = res.body as { statusCode: number; type: string; value: Record<string, unknown> };
  assert.equal(body.type, 'application/vnd.microsoft.card.adaptive', JSON.stringify(body));
  return body.value;
}

/** Calls the tab API as the development admin, or as `person` (X-Dev-User). */
export async function tabApi(baseUrl: string, method: string, path: string, body?: unknown, person?: Person): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (person) Object.assign(headers, { 'x-dev-user': person.aadObjectId, 'x-dev-user-name': person.name });
  const res = await fetch(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

/** Titles of every button in a card, top-level and in action sets. */
export function buttonTitles(card: unknown): string[] {
  const titles: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') titles.push(o.title);
    for (const [k, v] of Object.entries(o)) if (k !== 'refresh' && typeof v === 'object') walk(v);
  };
  walk(card);
  return titles;
}

/**
 * Closes a store without letting PGlite's shutdown set `process.exitCode` (its Emscripten runtime
 * does), which would leak into later tests that check the exit code of a CLI command.
 */
export async function closeStore(store: { close(): Promise<void> }): Promise<void> {
  const exitCode = process.exitCode;
  await store.close();
  process.exitCode = exitCode;
}
