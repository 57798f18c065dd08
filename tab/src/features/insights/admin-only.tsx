import { Link as FluentLink, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useHasRole } from '../../app/session/session-context';
import { Page } from '../../components/page';

/**
 * Insights are about everyone, so only coe-admins see them (the server refuses the data to anyone
 * else too). Others learn why and where their own figures are.
 */
export function AdminOnly({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const allowed = useHasRole('coe-admin');
  const navigate = useNavigate();
  if (allowed) return <>{children}</>;
  return (
    <Page title={title}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Only CoE admins can see Insights</MessageBarTitle>
          Insights show figures about the whole maker community, so they are for the CoE admin team. Your own questions, training and events are on{' '}
          <FluentLink
            href="/activity"
            inline
            onClick={(e) => {
              e.preventDefault();
              navigate('/activity');
            }}
          >
            My activity
          </FluentLink>
          .
        </MessageBarBody>
      </MessageBar>
    </Page>
  );
}
