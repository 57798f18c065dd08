import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHasRole } from '../../app/session/session-context';
import { AppLink } from '../../components/app-link';
import { Page } from '../../components/page';

/**
 * Insights are about everyone, so only coe-admins see them (the server refuses the data to anyone
 * else too). Others learn why and where their own figures are.
 */
export function AdminOnly({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const allowed = useHasRole('coe-admin');
  if (allowed) return <>{children}</>;
  return (
    <Page title={title}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Only CoE admins can see Insights</MessageBarTitle>
          Insights show figures about the whole maker community, so they are for the CoE admin team. Your own questions, training and events are on{' '}
          <AppLink to="/activity" inline>
            My activity
          </AppLink>
          .
        </MessageBarBody>
      </MessageBar>
    </Page>
  );
}
