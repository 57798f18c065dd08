import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useHasRole } from '../../app/session/session-context';
import { AppLink } from '../../components/app-link';
import { Page } from '../../components/page';
import { useTranslation } from '../../lib/translation';

/**
 * Insights are about everyone, so only coe-admins see them (the server refuses the data to anyone
 * else too). Others learn why and where their own figures are.
 */
export function AdminOnly({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const allowed = useHasRole('coe-admin');
  const { t } = useTranslation();
  if (allowed) return <>{children}</>;
  return (
    <Page title={title}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('insights.adminOnly.title')}</MessageBarTitle>
          {t('insights.adminOnly.before')}{' '}
          <AppLink to="/activity" inline>
            {t('insights.adminOnly.link')}
          </AppLink>
          {t('insights.adminOnly.after')}
        </MessageBarBody>
      </MessageBar>
    </Page>
  );
}
