import type { Clock } from '../shared/clock.js';
import type { Store } from '../store.js';
import type { EnvironmentPolicy } from './policy.js';
import type { Provisioner } from './provisioner.js';
import type { ProvisionerKind } from './types.js';

/** Settings of the capability, from configuration. */
export interface EnvironmentSettings {
  /** Conversation id of the CoE admins' channel where admin cards go; null = tab only. */
  approvalsConversationId: string | null;
  /** The provisioner the CoE chose (Developer requests always go to `manual`). */
  provisioner: ProvisionerKind;
  /** How long background provisioning may take before it is reported as failed. */
  provisionTimeoutMs: number;
}

/** What every use case of the capability needs. */
export interface EnvironmentContext {
  store: Store;
  clock: Clock;
  policy: EnvironmentPolicy;
  settings: EnvironmentSettings;
  provisioners: Record<ProvisionerKind, Provisioner>;
}

/** The audit entity of a request. */
export const requestEntity = (id: string) => ({ type: 'environment-request', id });
