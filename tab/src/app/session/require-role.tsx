import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Page } from '../../components/page';
import type { Role } from '../../lib/api-types';
import { useHasRole } from './session-context';

const roleNames: Record<Role, string> = {
  maker: 'maker',
  champion: 'champion',
  expert: 'expert',
  'coe-admin': 'CoE admin',
};

export interface RequireRoleProps {
  readonly role: Role;
  /** The page's heading, kept when access is refused so the user knows where they are. */
  readonly pageTitle: string;
  readonly children: ReactNode;
}

/**
 * Shows `children` only to holders of `role`; everyone else gets a clear explanation. This is
 * for the user's benefit only: the server checks the role on every privileged call.
 */
export function RequireRole({ role, pageTitle, children }: RequireRoleProps) {
  const allowed = useHasRole(role);
  if (allowed) return <>{children}</>;
  const name = roleNames[role];
  return (
    <Page title={pageTitle}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>You need the {name} role</MessageBarTitle>
          This page is for the {name} team. If you think you should have access, ask one of your
          CoE admins to give you the role.
        </MessageBarBody>
      </MessageBar>
    </Page>
  );
}
