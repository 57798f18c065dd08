import { Button, Caption1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useNavigate } from '../../../lib/router';
import { useTranslation } from '../../../lib/translation';
import { useApi } from '../../../lib/use-api';
import { fetchFeedbackComments, type EventDetail } from '../api';
import { AnnounceDialog } from './announce-dialog';
import { CancelDialog } from './cancel-dialog';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  heading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** What coe-admins see under an event: edit, announce, cancel, who answered and the comments. */
export function AdminEventActions({ detail, onChanged }: { readonly detail: EventDetail; readonly onChanged: () => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const { event } = detail;
  const comments = useApi((client, signal) => fetchFeedbackComments(client, event.id, signal), [event.id, detail.feedback.count]);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {t('events.admin.forAdmins')}
      </Subtitle1>
      <div className={styles.actions}>
        <Button icon={<EditRegular />} disabled={event.status === 'cancelled'} onClick={() => navigate(`/admin/events/${encodeURIComponent(event.id)}/edit`)}>
          {t('events.admin.edit')}
        </Button>
        <AnnounceDialog event={event} />
        <CancelDialog event={event} onCancelled={onChanged} />
      </div>
      <Subtitle2 as="h3" className={styles.heading}>{t('events.admin.whoAnswered', { number: detail.attendees?.length ?? 0 })}</Subtitle2>
      {detail.attendees !== null && detail.attendees.length > 0 ? (
        <ul className={styles.list}>
          {detail.attendees.map((a, i) => (
            <li key={`${a.displayName}-${i}`}>
              {a.displayName} — {t(`events.standing.${a.standing}`)}
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 className={styles.muted}>{t('events.admin.nobodyAnswered')}</Caption1>
      )}
      {comments.status === 'success' && comments.data.some((c) => c.comment) && (
        <>
          <Subtitle2 as="h3" className={styles.heading}>{t('events.admin.comments')}</Subtitle2>
          <ul className={styles.list}>
            {comments.data
              .filter((c) => c.comment)
              .map((c, i) => (
                <li key={i}>
                  {t('events.admin.comment', { rating: c.rating, comment: c.comment, name: c.displayName })}
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
