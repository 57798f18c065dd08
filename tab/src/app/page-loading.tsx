import { LoadingState } from '../components/loading-state';

/** What shows while a page's code arrives: a labelled spinner in a polite live region. */
export function PageLoading() {
  return <LoadingState label="Loading the page…" />;
}
