import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHANNEL, TEAM, TENANT, invoke, type Person } from './activities.js';
import { postActivity } from './bot-client.js';
import type { ConnectorStub } from './connector-stub.js';

/** The experts' channel of the Ask tests (the team channel of the shared activity builders). */
export const EXPERTS_CHANNEL = CHANNEL.id;

export const EXPERT: Person = { id: '29:expert', name: 'Eli Expert', aadObjectId: '00000000-0000-0000-0000-00000000e004' };

export interface PressOptions {
  serviceUrl: string;
  from?: Person;
  /** Pressed on a card in the experts' channel (a thread of the team channel). */
  inChannel?: boolean;
}

/** An Action.Execute invoke as Teams sends it when a card button is pressed (card inputs merged into data). */
export function executeActivity(verb: string, data: Record<string, unknown>, opts: PressOptions) {
  const conversation = opts.inChannel ? { id: `${CHANNEL.id};messageid=1700000000001`, conversationType: 'channel', isGroup: true, tenantId: TENANT } : undefined;
  const activity = invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb, data: { ...data, verb } }, trigger: 'manual' }, { ...opts, ...(conversation ? { conversation } : {}) });
  if (opts.inChannel) Object.assign(activity.channelData as Record<string, unknown>, { team: TEAM, channel: CHANNEL });
  return activity;
}

/** Presses a card button and returns the card Teams would show the person who pressed it. */
export async function pressButton(baseUrl: string, verb: string, data: Record<string, unknown>, opts: PressOptions): Promise<Record<string, unknown>> {
  const res = await postActivity(baseUrl, executeActivity(verb, data, opts));
  assert.equal(res.status, 200, `invoke answered ${res.status}: ${JSON.stringify(res.body)}`);
  const body = res.body as { statusCode: number; type: string; value: Record<string, unknown> };
  assert.equal(body.statusCode, 200);
  assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
  return body.value;
}

type CardButton = { type: string; title: string; data?: Record<string, unknown>; card?: { actions?: CardButton[] } };

/**
 * The card's Action.Execute buttons: title → data. A button that opens a small form first
 * (Action.ShowCard, e.g. "Ask an expert" with its details box) maps to the form's send button:
 * pressing it then sending the form with its inputs left empty.
 */
export function executeButtons(card: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const actions = (card.actions as CardButton[] | undefined) ?? [];
  const entries: Array<[string, Record<string, unknown>]> = [];
  for (const a of actions) {
    if (a.type === 'Action.Execute') entries.push([a.title, a.data ?? {}]);
    const send = a.type === 'Action.ShowCard' ? a.card?.actions?.find((b) => b.type === 'Action.Execute') : undefined;
    if (send) entries.push([a.title, send.data ?? {}]);
  }
  return new Map(entries);
}

export function buttonTitles(card: Record<string, unknown>): string[] {
  return ((card.actions as Array<{ title: string }> | undefined) ?? []).map((a) => a.title);
}

/** Waits until the connector stub has seen what `ready` looks for (the delivery worker sends in the background). */
export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Cards the stub received as new posts (POST) or card updates (PUT) in a conversation. */
export function cardsIn(stub: ConnectorStub, conversationId: string, method: 'POST' | 'PUT' = 'POST'): Array<Record<string, unknown>> {
  return stub.calls
    .filter((c) => c.method === method && c.conversationId === conversationId && c.activity?.type === 'message')
    .flatMap((c) => ((c.activity!.attachments as Array<{ content: Record<string, unknown> }> | undefined) ?? []).map((a) => a.content));
}

/** Writes a folder of Markdown files (path → content) for ingestion tests. */
export function writeFolder(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
}
