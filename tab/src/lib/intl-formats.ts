import { formatLocale } from './i18n';

// Building an Intl formatter is the expensive part of formatting (toLocaleDateString builds one on
// every call): Home's first render spent about 70 ms building date formatters for its lists
// (bench/tab-profile.ts). The tab's locale is fixed for the page load, so one formatter per set of
// options serves every call.
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, options: object, build: (locale: string) => T): T {
  const locale = formatLocale();
  const key = `${kind} ${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key) as T | undefined;
  if (format === undefined) formats.set(key, (format = build(locale)));
  return format;
}

/** The tab locale's date (and time) formatter for these options; name the fields wanted, as with toLocaleString. */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', options, (locale) => new Intl.DateTimeFormat(locale, options));
}

/** The tab locale's number formatter for these options. Throws, as Intl does, for an unknown currency. */
export function numberFormat(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', options, (locale) => new Intl.NumberFormat(locale, options));
}

/**
 * Builds one date and one number formatter for `locale` now. The first Intl formatter of a page
 * load reads the locale's ICU data, 25–30 ms on the main thread (the next ones take under a
 * millisecond): main.tsx calls this while the first API calls are out, so Home's first render,
 * which formats dates, does not pay it (docs/tab-speed.md, round nine).
 */
export function warmFormatters(locale: string): void {
  try {
    new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' }).format(0);
    new Intl.NumberFormat(locale).format(0);
  } catch {
    // An odd locale from the host: the render builds its formatters as usual.
  }
}
