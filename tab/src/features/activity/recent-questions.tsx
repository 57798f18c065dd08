import { Badge, Body1, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PageSection } from '../../components/page';
import { raisedSurface } from '../../components/surface';
import { formatInstant } from '../insights/format';
import type { RecentQuestion } from './types';

const useStyles = makeStyles({
  section: { gap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    ...raisedSurface,
    overflowWrap: 'anywhere',
  },
  badges: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const ticketLabels: Record<string, string> = {
  open: 'With the experts',
  assigned: 'An expert is on it',
  reopened: 'With the experts again',
  answered: 'Answered by an expert',
  closed: 'Ticket closed',
};

/** What happened to a question, in words (badges are never colour alone). */
function Outcome({ question }: { readonly question: RecentQuestion }) {
  const styles = useStyles();
  return (
    <div className={styles.badges}>
      <Badge appearance="tint" color={question.answered ? 'success' : 'warning'}>
        {question.answered ? 'Answered' : 'Not answered'}
      </Badge>
      {question.feedback !== null && (
        <Badge appearance="outline" color="informative">
          {question.feedback === 'helpful' ? 'You found it helpful' : 'You found it not helpful'}
        </Badge>
      )}
      {question.ticketState !== null && (
        <Badge appearance="outline" color="brand">
          {ticketLabels[question.ticketState] ?? question.ticketState}
        </Badge>
      )}
    </div>
  );
}

/** The person's latest questions (newest first), so they can see what became of each. */
export function RecentQuestions({ questions }: { readonly questions: readonly RecentQuestion[] }) {
  const styles = useStyles();
  return (
    <PageSection title="Your recent questions" className={styles.section}>
      {questions.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          You asked no questions in this period. Ask the bot in Teams chat, or on the Ask page.
        </Body1>
      ) : (
        <ul className={styles.list} aria-label="Your recent questions">
          {questions.map((q) => (
            <li key={`${q.askedAt}-${q.question}`} className={styles.item}>
              <Text weight="semibold">{q.question}</Text>
              <Caption1 className={styles.muted}>Asked {formatInstant(q.askedAt)}</Caption1>
              <Outcome question={q} />
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
