import { createContext, useContext, type ReactNode } from 'react';
import type { TeamsHost } from '../lib/teams';

const HostContext = createContext<TeamsHost>({ inTeams: false });

/** Shares the result of the one Teams handshake made at start-up. */
export function TeamsHostProvider(props: { host: TeamsHost; children: ReactNode }) {
  return <HostContext.Provider value={props.host}>{props.children}</HostContext.Provider>;
}

/** Whether the tab runs inside Teams, and the Teams context when it does. */
export function useTeamsHost(): TeamsHost {
  return useContext(HostContext);
}
