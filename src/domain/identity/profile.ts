import { ValidationError } from '../shared/errors.js';
import { canonicalLocale } from '../../i18n/languages.js';
import type { ProfileInput } from './types.js';
import { say } from '../shared/error-text.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Longest values kept of what a client says about a person (Entra allows 256 for a display name). */
export const PROFILE_LIMITS = { displayName: 256, email: 320, locale: 35, timeZone: 64 } as const;

const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);
const clipOptional = (value: string | null | undefined, max: number) => (typeof value === 'string' ? clip(value, max) : value);

/**
 * A profile as it may be stored: tenant and object id must be Entra GUIDs (anything else is
 * refused, not stored), free-text fields are cut to their limits. The Teams and tab edges check
 * this first; this is the last line, so no caller can store an unbounded or forged identity.
 */
export function normalizeProfile(profile: ProfileInput): ProfileInput {
  if (!GUID.test(profile.tenantId) || !GUID.test(profile.aadObjectId)) throw new ValidationError(say('errors.identity.badIdentity'), { aadObjectId: say('errors.identity.mustBeGuid') });
  return {
    ...profile,
    displayName: clip(profile.displayName, PROFILE_LIMITS.displayName),
    email: clipOptional(profile.email, PROFILE_LIMITS.email),
    // A client's locale in one spelling ("de-de" and "de-DE" are one), so an unchanged one costs no write;
    // a malformed one is dropped (null keeps the stored locale).
    locale: profile.locale == null ? profile.locale : clipOptional(canonicalLocale(profile.locale), PROFILE_LIMITS.locale),
    timeZone: clipOptional(profile.timeZone, PROFILE_LIMITS.timeZone),
  };
}
