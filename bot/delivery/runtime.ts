import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Conversation } from '../../src/domain/conversations/types.js';
import type { Services } from '../../src/container.js';
import { noLookup, type SentActivityLookup, type Transport } from '../../src/domain/delivery/transport.js';
import { realSleeper } from '../../src/domain/delivery/sleeper.js';
import { DeliveryWorker, type DeliveryWorkerOptions } from '../../src/domain/delivery/worker/index.js';
import { AccessTokens } from '../../src/integrations/entra/credential.js';
import { GraphSentActivityLookup } from './graph-lookup.js';
import { TeamsTransport } from './teams-transport.js';
import { createTemplateRegistry, type TemplateRegistry } from './templates.js';
import { inSpan, recordDeliveryCall } from '../../src/telemetry/instruments.js';
import { TransportError } from '../../src/domain/delivery/transport.js';

/** The running delivery engine of one process. */
export interface DeliveryRuntime {
  worker: DeliveryWorker;
  transport: Transport;
  lookup: SentActivityLookup;
  templates: TemplateRegistry;
  /** Whether this process sends (DELIVERY_WORKER=on). */
  enabled: boolean;
  start(): void;
  stop(): Promise<void>;
}

export interface DeliveryRuntimeOverrides {
  transport?: Transport;
  lookup?: SentActivityLookup;
  templates?: TemplateRegistry;
  worker?: Partial<DeliveryWorkerOptions>;
}

/** The worker's options from the settings (documented in src/config/settings.ts). */
export function workerOptions(settings: Services['config']['settings']): Partial<DeliveryWorkerOptions> {
  return {
    concurrency: settings.DELIVERY_CONCURRENCY,
    pollMs: settings.DELIVERY_POLL_MS,
    leaseMs: Math.round(settings.DELIVERY_LEASE_SECONDS * 1000),
    tenantRps: settings.DELIVERY_TENANT_RPS,
    maxLanesPerTenant: Math.max(2, Math.ceil(settings.DELIVERY_TENANT_RPS / 2)),
    retry: { maxAttempts: settings.DELIVERY_MAX_ATTEMPTS, baseDelayMs: settings.DELIVERY_BACKOFF_BASE_MS, maxDelayMs: settings.DELIVERY_BACKOFF_MAX_MS },
  };
}

/**
 * The in-doubt lookup this process uses: DELIVERY_LOOKUP, where `auto` means Graph wherever the
 * bot has credentials to ask it with (a deployment), and none without them (local development
 * against the Agents Playground, offline). docs/delivery.md states each mode's guarantee.
 */
export function lookupMode(config: Services['config']): 'graph' | 'none' {
  const mode = config.settings.DELIVERY_LOOKUP;
  if (mode !== 'auto') return mode;
  // With an identity the bot can sign in to Graph (managed identity, secret, certificate or federation).
  return config.bot.identity ? 'graph' : 'none';
}

/**
 * Wires the delivery engine for the Teams layer: templates → Teams transport (botbuilder's
 * connector, its retries off) → the domain worker, with the configured in-doubt lookup. The worker
 * wakes whenever this process commits a queued message.
 */
export function createDeliveryRuntime(services: Services, adapter: TeamsAdapter, overrides: DeliveryRuntimeOverrides = {}): DeliveryRuntime {
  const { config, logger } = services;
  const settings = config.settings;
  const log = logger.child({ component: 'delivery' });
  const templates = overrides.templates ?? createTemplateRegistry();
  // The call timeout stays well inside the lease, so no call outlives the claim it was made under.
  const timeoutMs = Math.min(settings.DELIVERY_HTTP_TIMEOUT_MS, Math.floor((settings.DELIVERY_LEASE_SECONDS * 1000) / 3));
  const transport = overrides.transport ?? new TeamsTransport(adapter, templates, { appId: config.bot.appId ?? '', timeoutMs });
  let lookup: SentActivityLookup = overrides.lookup ?? noLookup;
  if (!overrides.lookup && lookupMode(config) === 'graph') {
    if (!config.bot.identity) throw new Error('DELIVERY_LOOKUP=graph needs MicrosoftAppId: Graph is read as the bot (its managed identity, secret or certificate)');
    const tokens = new AccessTokens(config.bot.identity);
    lookup = new GraphSentActivityLookup({ baseUrl: settings.GRAPH_BASE_URL, token: (scope, tenantId) => tokens.get(scope, tenantId), templates, timeoutMs, logger: log });
  }
  const forgetting = forgetOnFailure(measured(transport), (id) => services.conversations.forget(id));
  const worker = new DeliveryWorker({ store: services.store, transport: forgetting, lookup, clock: services.clock, sleeper: realSleeper, logger: log }, { ...workerOptions(settings), ...overrides.worker });
  const enabled = settings.DELIVERY_WORKER === 'on';
  let unsubscribe: (() => void) | null = null;
  return {
    worker,
    transport,
    lookup,
    templates,
    enabled,
    start() {
      if (!enabled || worker.isRunning) return;
      unsubscribe = services.store.onQueued(() => worker.wake());
      worker.start();
    },
    async stop() {
      unsubscribe?.();
      unsubscribe = null;
      await worker.stop();
    },
  };
}

/**
 * The worker may mark a conversation unreachable after a refused call (403/404), and any activity
 * there clears the mark: so a conversation any call failed for is forgotten by the conversation
 * service's recent records, and its next turn writes its record (clearing the mark) instead of
 * being skipped as unchanged.
 */
export function forgetOnFailure(transport: Transport, forget: (conversationId: string) => void): Transport {
  const watch = async <T>(conversation: Conversation, call: Promise<T>): Promise<T> => {
    try {
      return await call;
    } catch (error) {
      forget(conversation.id);
      throw error;
    }
  };
  return {
    send: (conversation, message) => watch(conversation, transport.send(conversation, message)),
    update: (conversation, activityId, message) => watch(conversation, transport.update(conversation, activityId, message)),
    delete: (conversation, activityId) => watch(conversation, transport.delete(conversation, activityId)),
  };
}

/** Each Bot Connector call as a span and in the delivery metrics (429s counted as throttling). */
export function measured(transport: Transport): Transport {
  const measure = async <T>(operation: string, conversation: Conversation, call: () => Promise<T>): Promise<T> => {
    try {
      const result = await inSpan(`delivery.${operation}`, { 'maker_hub.conversation.scope': conversation.scope, 'maker_hub.tenant': conversation.tenantId }, call);
      recordDeliveryCall(operation, 'ok', null);
      return result;
    } catch (error) {
      recordDeliveryCall(operation, 'failed', error instanceof TransportError ? error.status : null);
      throw error;
    }
  };
  return {
    send: (conversation, message) => measure('send', conversation, () => transport.send(conversation, message)),
    update: (conversation, activityId, message) => measure('update', conversation, () => transport.update(conversation, activityId, message)),
    delete: (conversation, activityId) => measure('delete', conversation, () => transport.delete(conversation, activityId)),
  };
}
