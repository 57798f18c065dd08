/**
 * The shapes the Maker Hub server's tab API sends. Kept in one place so every fetcher and
 * component agrees on them; the decoders in api-decoders.ts check them at runtime.
 */

/** What a person may do in Maker Hub (see PRODUCT.md, "People and roles"). */
export type Role = 'maker' | 'champion' | 'expert' | 'coe-admin';

/** All roles, in order of increasing privilege. */
export const roles: readonly Role[] = ['maker', 'champion', 'expert', 'coe-admin'];

/** The signed-in person as the server knows them. */
export interface CurrentUser {
  readonly id: string;
  readonly tenantId: string;
  readonly aadObjectId: string;
  readonly displayName: string;
}

/** `GET /api/me`. */
export interface MeResponse {
  readonly user: CurrentUser;
  readonly roles: readonly Role[];
  /** True when the server runs with a development identity instead of Teams SSO. */
  readonly devMode: boolean;
}

/** The body of every API error response (401, 403, 4xx, 5xx). */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    /** Present on validation errors (400): field name → what is wrong with it. */
    readonly fields?: Readonly<Record<string, string>>;
  };
}
