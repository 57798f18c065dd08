import { Body1, Button, CounterBadge, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { TrophyRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useNavigate } from '../../lib/router';
import { raisedSurface } from '../../components/surface';
import { useApi } from '../../lib/use-api';
import { storiesApi } from './api';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    ...raisedSurface,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flex: '1 1 280px' },
  heading: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** In words, for the line under the heading (and the badge's accessible name). */
function waiting(count: number): string {
  return count === 0 ? 'No story waits for review.' : count === 1 ? '1 story waits for review.' : `${count} stories wait for review.`;
}

/** The Admin page's way into the story review queue, with how many stories wait there. */
export function StoryQueueAdminLink() {
  const styles = useStyles();
  const navigate = useNavigate();
  const headingId = useId();
  const queue = useApi((client, signal) => storiesApi.review(client, signal), []);
  const count = queue.status === 'success' ? queue.data.length : undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.text}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          Story review
          {count !== undefined && count > 0 && <CounterBadge count={count} color="brand" aria-label={waiting(count)} />}
        </Subtitle1>
        <Body1 as="p" className={styles.muted}>
          {count === undefined ? 'Success stories makers shared wait here for a champion or admin to publish them.' : `${waiting(count)} Publish, ask for changes or decline.`}
        </Body1>
      </div>
      <Button
        as="a"
        href="/stories/review"
        icon={<TrophyRegular />}
        onClick={(e) => {
          e.preventDefault();
          navigate('/stories/review');
        }}
      >
        Open the review queue
      </Button>
    </section>
  );
}
