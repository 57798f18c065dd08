import { refusal, type AccessTokens } from '../entra/credential.js';
import { PermanentFailure, RetryLater } from './errors.js';

/** Bearer tokens for the BAP admin API, with the provisioner's failure kinds. */
export interface BearerTokens {
  get(): Promise<string>;
  /** The API said 401: forget the token (expired early, revoked, or a CAE challenge). */
  invalidate(): void;
}

/**
 * The provisioning identity's tokens for one scope. A refusal by Entra ID (wrong id, secret,
 * certificate or tenant) fails the request for good with what to check; an unreachable or busy
 * token endpoint is retried later.
 */
export function bapTokens(tokens: AccessTokens, scope: string): BearerTokens {
  return {
    async get() {
      try {
        return await tokens.get(scope);
      } catch (error) {
        const why = refusal(error);
        if (why) throw new PermanentFailure(`Entra ID refused the provisioning app's credentials (${why}). Check POWER_PLATFORM_CLIENT_ID and its ${checkWhat(tokens)}.`);
        throw new RetryLater(15_000, `Entra ID token endpoint unreachable (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      }
    },
    invalidate() {
      tokens.reset();
    },
  };
}

function checkWhat(tokens: AccessTokens): string {
  if (tokens.kind === 'client-secret') return 'POWER_PLATFORM_CLIENT_SECRET';
  if (tokens.kind === 'certificate') return 'POWER_PLATFORM_CERTIFICATE_FILE';
  return `${tokens.kind} (the identity must be the one registered as the management app)`;
}
