import type { Conversation, ConversationInput } from '../../src/domain/conversations/types.js';
import type { Sleeper } from '../../src/domain/delivery/sleeper.js';
import { TransportError, type OutgoingMessage, type SentActivityLookup, type Transport } from '../../src/domain/delivery/transport.js';
import type { DeliveryLogger } from '../../src/domain/delivery/worker/index.js';
import type { Clock } from '../../src/domain/shared/clock.js';

/** A clock the test moves by hand. */
export class FakeClock implements Clock {
  private t: number;
  constructor(start: string | number = '2026-03-27T09:00:00.000Z') {
    this.t = typeof start === 'number' ? start : Date.parse(start);
  }
  now(): Date {
    return new Date(this.t);
  }
  advance(ms: number): void {
    this.t += ms;
  }
  set(at: string | number): void {
    this.t = typeof at === 'number' ? at : Date.parse(at);
  }
}

/** Sleeping moves the fake clock instead of waiting: rate-limit waits cost no real time. */
export class VirtualSleeper implements Sleeper {
  slept = 0;
  constructor(private readonly clock: FakeClock) {}
  async sleep(ms: number): Promise<void> {
    this.slept += ms;
    this.clock.advance(Math.max(1, ms));
    await Promise.resolve();
  }
}

export interface FakeCall {
  op: 'send' | 'update' | 'delete';
  conversationId: string;
  key: string;
  template: string;
  payload: Record<string, unknown>;
  activityId: string | null;
  at: number;
}

/**
 * A Transport that records calls at the fake clock's time. `script` decides per call: return an
 * error to throw it; the default is success.
 */
export class FakeTransport implements Transport {
  readonly calls: FakeCall[] = [];
  private n = 0;
  script: ((call: FakeCall) => TransportError | undefined) | null = null;

  constructor(private readonly clock: Clock) {}

  private record(call: Omit<FakeCall, 'at'>): FakeCall {
    const c = { ...call, at: this.clock.now().getTime() };
    this.calls.push(c);
    const error = this.script?.(c);
    if (error) throw error;
    return c;
  }

  async send(conversation: Conversation, message: OutgoingMessage): Promise<{ activityId: string }> {
    const id = `act-${++this.n}`;
    this.record({ op: 'send', conversationId: conversation.id, key: message.idempotencyKey, template: message.template, payload: message.payload, activityId: id });
    return { activityId: id };
  }

  async update(conversation: Conversation, activityId: string, message: OutgoingMessage): Promise<void> {
    this.record({ op: 'update', conversationId: conversation.id, key: message.idempotencyKey, template: message.template, payload: message.payload, activityId });
  }

  async delete(conversation: Conversation, activityId: string): Promise<void> {
    this.record({ op: 'delete', conversationId: conversation.id, key: '', template: '', payload: {}, activityId });
  }

  sent(conversationId?: string): FakeCall[] {
    return this.calls.filter((c) => c.op === 'send' && (!conversationId || c.conversationId === conversationId));
  }
}

/** A lookup whose answers the test sets per idempotency key (default: "unknown"). */
export class FakeLookup implements SentActivityLookup {
  readonly asked: string[] = [];
  readonly answers = new Map<string, string | null | 'unknown'>();
  async find(_conversation: Conversation, key: string): Promise<string | null | 'unknown'> {
    this.asked.push(key);
    return this.answers.has(key) ? this.answers.get(key)! : 'unknown';
  }
}

export const quietLogger: DeliveryLogger = { debug() {}, info() {}, warn() {}, error() {} };

export function transportError(status: number, extra: { retryAfterMs?: number; code?: string; uncertain?: boolean } = {}): TransportError {
  return new TransportError(`fake ${status}`, { status, ...extra });
}

export const TENANT_A = '00000000-0000-0000-0000-0000000000aa';
export const TENANT_B = '00000000-0000-0000-0000-0000000000bb';

/** A conversation record as the bot stores it, pointing at `serviceUrl`. */
export function conversationInput(id: string, extra: Partial<ConversationInput> & { userAad?: string } = {}): ConversationInput {
  const { userAad, ...rest } = extra;
  const scope = rest.scope ?? 'personal';
  const tenantId = rest.tenantId ?? TENANT_A;
  return {
    id,
    tenantId,
    scope,
    teamId: null,
    teamName: null,
    channelId: scope === 'channel' ? id : null,
    channelName: null,
    userId: null,
    serviceUrl: rest.serviceUrl ?? 'http://127.0.0.1:9/',
    reference: {
      bot: { id: '28:maker-hub-bot', name: 'Maker Hub' },
      user: { id: `29:${userAad ?? id}`, name: 'Someone', aadObjectId: userAad ?? '00000000-0000-0000-0000-0000000000ff' },
      conversation: { id, conversationType: scope, tenantId },
      channelId: 'msteams',
      serviceUrl: rest.serviceUrl ?? 'http://127.0.0.1:9/',
    },
    ...rest,
  };
}

/** Polls `condition` until it holds (no fixed sleeps in tests); fails with `what` after `timeoutMs`. */
export async function waitFor<T>(condition: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string, timeoutMs = 20_000, everyMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
