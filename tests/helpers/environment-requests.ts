import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { invoke, type Person } from './activities.js';
import { postActivity } from './bot-client.js';
import { CHANNEL, TEAM, TENANT } from './activities.js';

/** A valid Sandbox request needing approval (internal data, several users). */
export const SANDBOX_DRAFT = {
  displayName: 'FIN-Invoice approvals',
  type: 'Sandbox',
  region: 'europe',
  justification: 'Automate the approval of supplier invoices for the finance team.',
  dataverse: 'true',
  languageLcid: '1033',
  currencyCode: 'EUR',
  securityGroupId: '',
  dataClassification: 'internal',
  expectedUsers: '12',
  durationDays: '',
};

/** A Developer request the default policy approves at once. */
export const DEVELOPER_DRAFT = { ...SANDBOX_DRAFT, displayName: 'HR-Onboarding bot', type: 'Developer', dataverse: 'false', expectedUsers: '1' };

/** The CoE admins' channel conversation. */
export const APPROVALS_CHANNEL = CHANNEL.id;

/** An Action.Execute invoke, as Teams sends it when a card button is pressed (inputs merged into data). */
export function execute(verb: string, data: Record<string, unknown>, opts: { serviceUrl: string; from?: Person; inChannel?: boolean }) {
  const conversation = opts.inChannel ? { id: `${CHANNEL.id};messageid=1700000000000`, conversationType: 'channel', isGroup: true, tenantId: TENANT } : undefined;
  const activity = invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' }, { ...opts, ...(conversation ? { conversation } : {}) });
  if (opts.inChannel) {
    (activity.channelData as Record<string, unknown>).team = TEAM;
    (activity.channelData as Record<string, unknown>).channel = CHANNEL;
    (activity as Record<string, unknown>).replyToId = 'posted-card-1';
  }
  return activity;
}

/** Sends an Action.Execute and returns the card Teams would show the clicker. */
export async function press(baseUrl: string, verb: string, data: Record<string, unknown>, opts: Parameters<typeof execute>[2]): Promise<Record<string, unknown>> {
  const res = await postActivity(baseUrl, execute(verb, data, opts));
  assert.equal(res.status, 200, `invoke answered ${res.status}: ${JSON.stringify(res.body)}`);
  const body = res.body as { statusCode: number; type: string; value: Record<string, unknown> };
  assert.equal(body.statusCode, 200);
  assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
  return body.value;
}

/** Submits the request form (a new form instance unless `formId` is given). */
export function submitForm(baseUrl: string, draft: Record<string, unknown>, opts: Parameters<typeof execute>[2] & { formId?: string }) {
  return press(baseUrl, 'env.submit', { formId: opts.formId ?? randomUUID(), ...draft }, opts);
}

/** The value of an input in a card (by id), searching nested containers and show-cards. */
export function inputValue(card: unknown, id: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (found !== undefined || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const o = node as Record<string, unknown>;
    if (o.id === id && typeof o.type === 'string' && o.type.startsWith('Input.')) found = o.value ?? null;
    Object.values(o).forEach(walk);
  };
  walk(card);
  return found;
}

/** Titles of a card's buttons. */
export function buttons(card: Record<string, unknown>): string[] {
  return ((card.actions as Array<{ title: string }> | undefined) ?? []).map((a) => a.title);
}

/** A clock the test moves by hand: provisioning waits are checked, not slept through. */
export class ManualClock {
  private at: number;
  constructor(start = '2026-03-02T09:00:00.000Z') {
    this.at = Date.parse(start);
  }
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
  set(iso: string): void {
    this.at = Math.max(this.at, Date.parse(iso));
  }
}
