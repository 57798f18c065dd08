import { useTranslation } from '../../lib/translation';
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

const TICKET_STATES = ['open', 'assigned', 'reopened', 'answered', 'closed'] as const;
const isTicketState = (state: string): state is (typeof TICKET_STATES)[number] => (TICKET_STATES as readonly string[]).includes(state);

/** What happened to a question, in words (badges are never colour alone). */
function Outcome({ question }: { readonly question: RecentQuestion }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <div className={styles.badges}>
      <Badge appearance="tint" color={question.answered ? 'success' : 'warning'}>
        {question.answered ? t('activity.recent.answered') : t('activity.recent.notAnswered')}
      </Badge>
      {question.feedback !== null && (
        <Badge appearance="outline" color="informative">
          {question.feedback === 'helpful' ? t('activity.recent.helpful') : t('activity.recent.notHelpful')}
        </Badge>
      )}
      {question.ticketState !== null && (
        <Badge appearance="outline" color="brand">
          {isTicketState(question.ticketState) ? t(`activity.recent.ticket.${question.ticketState}`) : question.ticketState}
        </Badge>
      )}
    </div>
  );
}

/** The person's latest questions (newest first), so they can see what became of each. */
export function RecentQuestions({ questions }: { readonly questions: readonly RecentQuestion[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <PageSection title={t('activity.recent.title')} className={styles.section}>
      {questions.length === 0 ? (
        <Body1 as="p" className={styles.muted}>
          {t('activity.recent.none')}
        </Body1>
      ) : (
        <ul className={styles.list} aria-label={t('activity.recent.title')}>
          {questions.map((q) => (
            <li key={`${q.askedAt}-${q.question}`} className={styles.item}>
              <Text weight="semibold">{q.question}</Text>
              <Caption1 className={styles.muted}>{t('activity.recent.asked', { when: formatInstant(q.askedAt) })}</Caption1>
              <Outcome question={q} />
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
