import type { Clock } from '../../domain/shared/clock.js';
import { BapClient } from './bap-client.js';
import { PowerPlatformProvisioner } from './provisioner.js';
import { AccessTokens, type IdentitySpec } from '../entra/credential.js';
import { bapTokens } from './tokens.js';

/** Everything the power-platform provisioner needs, from settings. */
export interface PowerPlatformConfig {
  /** The provisioning service principal or managed identity (secret, certificate, federated or managed). */
  identity: IdentitySpec;
  scope: string;
  bapUrl: string;
  apiVersion: string;
  validateApiVersion: string;
  pollIntervalMs: number;
}

/** Builds the provisioner: one token cache and one API client for the process. */
export function createPowerPlatformProvisioner(config: PowerPlatformConfig, clock: Clock): PowerPlatformProvisioner {
  const now = () => clock.now();
  const tokens = bapTokens(new AccessTokens(config.identity), config.scope);
  const client = new BapClient(tokens, { baseUrl: config.bapUrl, apiVersion: config.apiVersion, validateApiVersion: config.validateApiVersion, now });
  return new PowerPlatformProvisioner(client, { pollIntervalMs: config.pollIntervalMs, now });
}

export { PowerPlatformProvisioner } from './provisioner.js';
