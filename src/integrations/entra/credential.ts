import { readFileSync } from 'node:fs';
import {
  AuthenticationError,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
  type TokenCredential,
} from '@azure/identity';

/** How an identity proves itself to Entra ID, from the most to the least explicit configuration. */
export type CredentialKind = 'client-secret' | 'certificate' | 'workload-identity' | 'managed-identity';

/** One identity the app signs in as (the bot, or the provisioning service principal), from settings. */
export interface IdentitySpec {
  /** Application (client) id: an app registration's, or a user-assigned managed identity's. */
  clientId: string;
  /** The identity's home tenant (`botframework.com` for a multi-tenant bot). */
  tenantId?: string;
  clientSecret?: string;
  /** PEM file holding the certificate and its private key. */
  certificateFile?: string;
  /** Set by AKS workload identity (AZURE_FEDERATED_TOKEN_FILE). */
  federatedTokenFile?: string;
  /** e.g. https://login.microsoftonline.com (sovereign clouds and tests use another host). */
  authorityHost: string;
}

/**
 * Which credential a spec gets. Explicit secrets and certificates win; with neither, the identity
 * is federated (a token file is present) or managed (the host's identity endpoint): no secret at
 * all, which is what infra/ deploys. One rule instead of DefaultAzureCredential's probing, so a
 * misconfiguration fails on the kind the operator configured, with its message.
 */
export function credentialKind(spec: IdentitySpec): CredentialKind {
  if (spec.clientSecret) return 'client-secret';
  if (spec.certificateFile) return 'certificate';
  if (spec.federatedTokenFile) return 'workload-identity';
  return 'managed-identity';
}

/** The @azure/identity credential for a spec; it caches its tokens until shortly before they expire. */
export function createCredential(spec: IdentitySpec): TokenCredential {
  const tenantId = spec.tenantId ?? 'organizations';
  // The authority comes from our own settings, so there is nothing to discover or validate; and
  // discovery would call the public cloud even when AZURE_AUTHORITY_HOST names another.
  const common = { authorityHost: spec.authorityHost, disableInstanceDiscovery: true, additionallyAllowedTenants: ['*'] };
  switch (credentialKind(spec)) {
    case 'client-secret':
      return new ClientSecretCredential(tenantId, spec.clientId, spec.clientSecret!, common);
    case 'certificate':
      return new ClientCertificateCredential(tenantId, spec.clientId, { certificate: readFileSync(spec.certificateFile!, 'utf8') }, common);
    case 'workload-identity':
      return new WorkloadIdentityCredential({ ...common, tenantId, clientId: spec.clientId, tokenFilePath: spec.federatedTokenFile! });
    case 'managed-identity':
      return new ManagedIdentityCredential({ clientId: spec.clientId });
  }
}

/**
 * Access tokens for one identity. A 401 from an API means the cached token is no good (revoked,
 * or a continuous-access-evaluation challenge): {@link reset} starts over with a fresh credential,
 * so the next call fetches a new token instead of the cached one.
 */
export class AccessTokens {
  readonly kind: CredentialKind;
  private credential: TokenCredential;

  constructor(private readonly spec: IdentitySpec) {
    this.kind = credentialKind(spec);
    this.credential = createCredential(spec);
  }

  /**
   * A token for `scope` (`<resource>/.default`). `tenantId` asks for a token in another tenant
   * (multi-tenant app registrations); a managed identity only ever has its own tenant.
   */
  async get(scope: string, tenantId?: string): Promise<string> {
    return (await this.getWithExpiry(scope, tenantId)).token;
  }

  /** The token with its expiry, for callers that keep tokens themselves (botbuilder's connector). */
  async getWithExpiry(scope: string, tenantId?: string): Promise<{ token: string; expiresOnTimestamp: number }> {
    const otherTenant = tenantId && this.kind !== 'managed-identity' ? { tenantId } : {};
    const token = await this.credential.getToken(scope, otherTenant);
    if (!token) throw new Error(`Entra ID returned no token for ${scope}`);
    return token;
  }

  reset(): void {
    this.credential = createCredential(this.spec);
  }
}

const OAUTH_REFUSALS = /^(invalid_client|invalid_request|unauthorized_client|invalid_scope|invalid_grant|unsupported_grant_type|invalid_resource)\b/;

/**
 * Whether Entra ID refused the identity itself (wrong id, secret, certificate, tenant or scope:
 * retrying will not help) rather than being unreachable or busy, with its reason for the operator.
 * @azure/identity reports refusals either as AuthenticationError or as an error whose message starts
 * with the OAuth error code; both are recognised.
 */
export function refusal(error: unknown): string | null {
  if (error instanceof AuthenticationError) {
    if (error.statusCode >= 500 || error.statusCode === 429) return null;
    const response = error.errorResponse;
    return `${response.error}${response.errorDescription ? `: ${response.errorDescription.split('\n')[0]}` : ''}`;
  }
  if (!(error instanceof Error)) return null;
  const code = OAUTH_REFUSALS.exec(error.message)?.[1];
  if (!code) return null;
  const reason = /AADSTS\d+:[^\n]*?(?=\s+-\s+[A-Z][a-z]+ ID:|\n|$)/.exec(error.message)?.[0];
  return reason ? `${code}: ${reason}` : code;
}
