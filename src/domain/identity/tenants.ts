/**
 * Which Entra tenants may use Maker Hub: the one rule behind both doors (the bot endpoint and the
 * tab API), so a person refused in chat is refused in the tab too.
 */
export type TenantPolicy = { readonly kind: 'any' } | { readonly kind: 'only'; readonly tenantIds: readonly string[] };

export interface TenantSettings {
  /** ALLOWED_TENANTS: the tenants named by the operator (may be empty). */
  allowed: readonly string[];
  /** MicrosoftAppTenantId: the bot's home tenant, when configured. */
  botTenantId?: string;
  /** Production refuses to fall back to "any tenant". */
  production: boolean;
}

/**
 * ALLOWED_TENANTS when set; otherwise the bot's own tenant in production; otherwise (development
 * and tests only) any tenant. Production without either is a configuration error (see load.ts),
 * so "any" can never be the production answer: an empty policy there refuses everyone.
 */
export function tenantPolicy(settings: TenantSettings): TenantPolicy {
  const named = [...new Set(settings.allowed.map((t) => t.toLowerCase()))];
  if (named.length) return { kind: 'only', tenantIds: named };
  if (settings.production) return { kind: 'only', tenantIds: settings.botTenantId ? [settings.botTenantId.toLowerCase()] : [] };
  return { kind: 'any' };
}

/** Whether a request or turn from `tenantId` may be served; a missing tenant is refused unless any tenant may. */
export function tenantAllowed(policy: TenantPolicy, tenantId: string | null | undefined): boolean {
  if (policy.kind === 'any') return true;
  return !!tenantId && policy.tenantIds.includes(tenantId.toLowerCase());
}
