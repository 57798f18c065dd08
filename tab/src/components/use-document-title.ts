import { useEffect } from 'react';

/** The product name, appended to every page's document title. */
export const appName = 'Maker Hub';

/** Sets the browser/Teams document title to "<page> · Maker Hub" while the page is shown. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  useEffect(() => {
    document.title = pageTitle === undefined ? appName : `${pageTitle} · ${appName}`;
  }, [pageTitle]);
}
