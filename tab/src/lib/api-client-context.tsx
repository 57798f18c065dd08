import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from './api-client';

const ApiClientContext = createContext<ApiClient | undefined>(undefined);

/** Makes one {@link ApiClient} available to every feature (tests can provide a stub). */
export function ApiClientProvider(props: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext.Provider value={props.client}>{props.children}</ApiClientContext.Provider>;
}

/** The app's API client. Throws when used outside {@link ApiClientProvider}: a wiring bug. */
export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (client === undefined) throw new Error('useApiClient must be used inside <ApiClientProvider>.');
  return client;
}
