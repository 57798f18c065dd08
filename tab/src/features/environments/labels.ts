import type { TFunction } from 'i18next';
import type { RequestStatus } from './requests-types';

const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;
type Classification = (typeof CLASSIFICATIONS)[number];

function isClassification(value: string): value is Classification {
  return (CLASSIFICATIONS as readonly string[]).includes(value);
}

/** A request's state in the tab's language (the server's label is English). */
export function statusName(t: TFunction, status: RequestStatus): string {
  return t(`requests.status.${status}`);
}

/**
 * A Power Platform location in the tab's language. A location the catalogue does not know (a new
 * one) shows as `fallback`: the policy's label, or the stored value.
 */
export function regionName(t: TFunction, value: string, fallback = value): string {
  const key = `requests.region.${value}`;
  // The key is built from data, so its type is checked here, at run time.
  return /^[a-z]+$/.test(value) ? t(key as 'requests.region.europe', { defaultValue: fallback }) : fallback;
}

/** "Internal", "Confidential"…: a data classification in the tab's language, else as stored. */
export function classificationName(t: TFunction, value: string): string {
  return isClassification(value) ? t(`requests.classification.${value}`) : value;
}

/** The same, lower case in running text ("internal data"); the preview's sentences read it so. */
export function classificationInText(t: TFunction, value: string): string {
  return isClassification(value) ? t(`requestPreview.classification.${value}`) : value;
}
