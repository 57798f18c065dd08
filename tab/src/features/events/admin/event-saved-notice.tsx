import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from '../../../lib/translation';
import { AppLink } from '../../../components/app-link';

/** What the event form tells the event page it arrives on (router state, so a reload forgets it). */
export interface EventSavedState {
  readonly saved?: 'created' | 'updated';
}

/** The admin's confirmation after the form: what happened, to which event, and where it is listed. */
export function EventSavedNotice({ saved, title }: { readonly saved: 'created' | 'updated'; readonly title: string }) {
  const { t } = useTranslation();
  return (
    <MessageBar intent="success" role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(`events.saved.${saved}`, { title })}</MessageBarTitle>
        {t(saved === 'created' ? 'events.saved.createdBody' : 'events.saved.updatedBody')}{' '}
        <AppLink to="/events" inline>
          {t('events.saved.seeList')}
        </AppLink>
      </MessageBarBody>
    </MessageBar>
  );
}
