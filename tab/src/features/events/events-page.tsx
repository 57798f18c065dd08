import { Field, makeStyles, Select, Tab, TabList, tokens } from '@fluentui/react-components';
import { CalendarLtrRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../lib/translation';
import { useNavigate } from '../../lib/router';
import { itemOfSubPage } from '../../../../src/domain/shared/teams-deep-link';
import { useTeamsHost } from '../../app/host-context';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { Page } from '../../components/page';
import { useApi } from '../../lib/use-api';
import { eventTypes, fetchEvents, type EventType } from './api';
import { EventListItem } from './event-list-item';

type View = 'upcoming' | 'past' | 'mine';

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: tokens.spacingHorizontalL },
  filter: { minWidth: '200px' },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
});

/** Events: upcoming and past events, filtered by type, and the viewer's RSVPs; times in their zone. */
export function EventsPage() {
  const styles = useStyles();
  const navigate = useNavigate();
  const host = useTeamsHost();
  const { t } = useTranslation();
  const [view, setView] = useState<View>('upcoming');
  const [type, setType] = useState<EventType | ''>('');
  // A card's "Details" deep link opens this tab with the event as its sub-page.
  const eventId = itemOfSubPage(host.inTeams ? host.context.page.subPageId : undefined, 'event');
  useEffect(() => {
    if (eventId) navigate(`/events/${encodeURIComponent(eventId)}`, { replace: true });
  }, [eventId, navigate]);

  const state = useApi(
    (client, signal) => fetchEvents(client, { when: view === 'past' ? 'past' : 'upcoming', mine: view === 'mine', ...(type ? { type } : {}) }, signal),
    [view, type],
  );

  return (
    <Page title={t('events.title')} description={t('events.description')}>
      <div className={styles.controls}>
        <TabList selectedValue={view} onTabSelect={(_e, data) => setView(data.value as View)} aria-label={t('events.view.label')}>
          <Tab value="upcoming">{t('events.view.upcoming')}</Tab>
          <Tab value="past">{t('events.view.past')}</Tab>
          <Tab value="mine">{t('events.view.mine')}</Tab>
        </TabList>
        <Field label={t('events.filter.type')} className={styles.filter}>
          <Select value={type} onChange={(_e, data) => setType(data.value as EventType | '')}>
            <option value="">{t('events.filter.all')}</option>
            {eventTypes.map((kind) => (
              <option key={kind} value={kind}>
                {t(`events.types.${kind}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div aria-live="polite">
        {state.status === 'loading' && <LoadingState label={t('events.loading')} />}
        {state.status === 'error' && <ErrorState title={t('events.loadError')} error={state.error} onRetry={state.retry} />}
        {state.status === 'success' && state.data.length === 0 && (
          <EmptyState icon={<CalendarLtrRegular />} title={t(`events.empty.${view}.title`)}>
            {t(`events.empty.${view}.body`)}
          </EmptyState>
        )}
        {state.status === 'success' && state.data.length > 0 && (
          <ul className={styles.list} aria-label={t(`events.list.${view}`)}>
            {state.data.map((s) => (
              <li key={s.event.id}>
                <EventListItem summary={s} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </Page>
  );
}
