import { Button } from '@fluentui/react-components';
import { VideoRegular } from '@fluentui/react-icons';
import { AppLink } from '../../components/app-link';
import { TintBadge } from '../../components/badge';
import { PageSection } from '../../components/page';
import { formatDay, formatTimeRange } from '../events/format';
import { formatDate } from '../../lib/format-date';
import { ItemList } from './item-list';
import type { HomeView } from './types';
import { useTranslation } from '../../lib/translation';

/** My next events, with my answer and, when it is about to start, the button to join. */
export function MyEventsSection({ home }: { readonly home: HomeView }) {
  const { t } = useTranslation();
  return (
    <PageSection title={t('home.events.title')}>
      <ItemList
        label={t('home.events.title')}
        rows={home.events.map((e) => ({
          key: e.id,
          to: e.link,
          title: e.title,
          meta: `${formatDay(e.startsAt)}, ${formatTimeRange(e)}`,
          end: (
            <>
              <TintBadge color={e.response === 'going' ? 'success' : 'informative'}>
                {t(`events.standing.${e.waitlisted ? 'waitlisted' : e.response}`)}
              </TintBadge>
              {e.joinUrl !== null && (
                <Button as="a" href={e.joinUrl} target="_blank" rel="noreferrer" appearance="primary" icon={<VideoRegular />}>
                  {t('home.events.joinNow')}
                </Button>
              )}
            </>
          ),
        }))}
        empty={
          <>
            {t('home.events.empty')}{' '}
            <AppLink to="/events" inline>
              {t('home.events.emptyLink')}
            </AppLink>
          </>
        }
      />
    </PageSection>
  );
}

/** My requests, my questions to experts (with their answers) and my stories, side by side in the page flow. */
export function MyThingsSections({ home }: { readonly home: HomeView }) {
  const { t } = useTranslation();
  return (
    <>
      <PageSection title={t('home.questions.title')}>
        <ItemList
          label={t('home.questions.title')}
          rows={home.questions.map((q) => ({
            key: q.ticketId,
            to: '/ask?view=mine',
            title: q.question,
            meta: q.answer ? t('home.questions.answer', { answer: q.answer.length > 140 ? `${q.answer.slice(0, 139)}…` : q.answer }) : t('home.questions.ticket', { number: q.number }),
            end: <TintBadge color={q.state === 'answered' ? 'success' : 'informative'}>{t(`home.questions.state.${q.state}`)}</TintBadge>,
          }))}
          empty={
            <>
              {t('home.questions.empty')}{' '}
              <AppLink to="/ask" inline>
                {t('home.questions.emptyLink')}
              </AppLink>
            </>
          }
        />
      </PageSection>
      <PageSection title={t('home.requests.title')}>
        <ItemList
          label={t('home.requests.title')}
          rows={home.requests.map((r) => ({ key: r.id, to: '/requests', title: r.displayName, meta: t('home.requests.meta', { reference: r.reference, date: formatDate(r.updatedAt) }), end: <TintBadge>{r.status.replace(/-/g, ' ')}</TintBadge> }))}
          empty={
            <>
              {t('home.requests.empty')}{' '}
              <AppLink to="/requests" inline>
                {t('home.requests.emptyLink')}
              </AppLink>
            </>
          }
        />
      </PageSection>
      <PageSection title={home.kudosReceived > 0 ? t('home.stories.titleWithKudos', { count: home.kudosReceived }) : t('home.stories.title')}>
        <ItemList
          label={t('home.stories.title')}
          rows={home.stories.map((s) => ({ key: s.id, to: s.link, title: s.title, meta: s.status === 'published' ? t('home.stories.kudos', { count: s.kudosCount }) : undefined, end: <TintBadge>{t(`home.stories.state.${s.status}`)}</TintBadge> }))}
          empty={
            <>
              {t('home.stories.empty')}{' '}
              <AppLink to="/stories/new" inline>
                {t('home.stories.emptyLink')}
              </AppLink>
            </>
          }
        />
      </PageSection>
    </>
  );
}
