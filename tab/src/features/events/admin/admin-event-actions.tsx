import { Button, Caption1, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useNavigate } from '../../../lib/router';
import { useApi } from '../../../lib/use-api';
import { fetchFeedbackComments, type EventDetail } from '../api';
import { standingLabels } from '../format';
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
  const navigate = useNavigate();
  const headingId = useId();
  const { event } = detail;
  const comments = useApi((client, signal) => fetchFeedbackComments(client, event.id, signal), [event.id, detail.feedback.count]);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        For CoE admins
      </Subtitle1>
      <div className={styles.actions}>
        <Button icon={<EditRegular />} disabled={event.status === 'cancelled'} onClick={() => navigate(`/admin/events/${encodeURIComponent(event.id)}/edit`)}>
          Edit
        </Button>
        <AnnounceDialog event={event} />
        <CancelDialog event={event} onCancelled={onChanged} />
      </div>
      <Subtitle2 as="h3" className={styles.heading}>Who answered ({detail.attendees?.length ?? 0})</Subtitle2>
      {detail.attendees !== null && detail.attendees.length > 0 ? (
        <ul className={styles.list}>
          {detail.attendees.map((a, i) => (
            <li key={`${a.displayName}-${i}`}>
              {a.displayName} — {standingLabels[a.standing]}
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 className={styles.muted}>Nobody has answered yet.</Caption1>
      )}
      {comments.status === 'success' && comments.data.some((c) => c.comment) && (
        <>
          <Subtitle2 as="h3" className={styles.heading}>Comments</Subtitle2>
          <ul className={styles.list}>
            {comments.data
              .filter((c) => c.comment)
              .map((c, i) => (
                <li key={i}>
                  {c.rating}/5 — “{c.comment}” ({c.displayName})
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
