import type { Clock } from '../../domain/shared/clock.js';
import { BapClient } from './bap-client.js';
import { PowerPlatformProvisioner } from './provisioner.js';
import { TokenClient } from './token-client.js';

/** Everything the power-platform provisioner needs, from settings. */
export interface PowerPlatformConfig {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** May contain {tenantId}. */
  tokenUrl: string;
  scope: string;
  bapUrl: string;
  apiVersion: string;
  validateApiVersion: string;
  pollIntervalMs: number;
}

/** Builds the provisioner: one token cache and one API client for the process. */
export function createPowerPlatformProvisioner(config: PowerPlatformConfig, clock: Clock): PowerPlatformProvisioner {
  const now = () => clock.now();
  const tokens = new TokenClient({
    tokenUrl: config.tokenUrl.replace('{tenantId}', encodeURIComponent(config.tenantId)),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    scope: config.scope,
    now,
  });
  const client = new BapClient(tokens, { baseUrl: config.bapUrl, apiVersion: config.apiVersion, validateApiVersion: config.validateApiVersion, now });
  return new PowerPlatformProvisioner(client, { pollIntervalMs: config.pollIntervalMs, now });
}

export { PowerPlatformProvisioner } from './provisioner.js';
