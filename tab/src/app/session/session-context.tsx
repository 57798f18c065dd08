import { createContext, useContext, type ReactNode } from 'react';
import type { MeResponse, Role } from '../../lib/api-types';
import { fromEarly } from '../../lib/early-request';
import { useApi, type UseApiResult } from '../../lib/use-api';
import { fetchMe } from './me-api';

const SessionContext = createContext<UseApiResult<MeResponse> | undefined>(undefined);

/** Loads the signed-in user once for the whole shell (header, navigation and pages share it). */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const session = useApi(fromEarly(fetchMe));
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The session request's state (loading, error with retry, or the user). */
export function useSessionState(): UseApiResult<MeResponse> {
  const session = useContext(SessionContext);
  if (session === undefined) throw new Error('useSessionState must be used inside <SessionProvider>.');
  return session;
}

/**
 * The signed-in user. Only for pages: the shell renders them once the session has loaded, so
 * reaching the throw means a page was mounted outside the shell.
 */
export function useMe(): MeResponse {
  const session = useSessionState();
  if (session.status !== 'success') throw new Error('useMe is only available once the session has loaded.');
  return session.data;
}

/** True when the signed-in user holds `role`. */
export function useHasRole(role: Role): boolean {
  return useMe().roles.includes(role);
}
