import { makeStaticStyles } from '@fluentui/react-components';

/**
 * Printing the sponsor report: only the report, on white paper. Scoped with :has() to pages that
 * hold the report, so printing any other page is unchanged. The app's banner, navigation and skip
 * link live outside this feature, hence element selectors rather than class names.
 */
export const usePrintStyles = makeStaticStyles(`
@media print {
  @page { margin: 12mm; }
  html:has([data-sponsor-report]), body:has([data-sponsor-report]) { background: #ffffff !important; }
  body:has([data-sponsor-report]) div:has(> header),
  body:has([data-sponsor-report]) nav,
  body:has([data-sponsor-report]) a[href^="#"],
  body:has([data-sponsor-report]) [data-print="hide"] { display: none !important; }
  body:has([data-sponsor-report]) main { padding: 0 !important; max-width: none !important; }
}
`);
