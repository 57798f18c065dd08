import { dateFormat } from './intl-formats';

/** A date people read in the tab's locale (Teams' language), e.g. "2 Mar 2026". */
export function formatDate(iso: string): string {
  return dateFormat({ year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(iso));
}

/** Date and time in the tab's locale and time zone. */
export function formatDateTime(iso: string): string {
  return dateFormat({ year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}
