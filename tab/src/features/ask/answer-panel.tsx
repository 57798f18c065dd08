import { Badge, Body1, Caption1, Card, Divider, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { AnswerSourceLine } from './answer-source';
import { EscalateSection } from './escalate-section';
import { FeedbackButtons } from './feedback-buttons';
import { confidenceLabel } from './format';
import { Markdown } from './markdown';
import { RelatedQuestions } from './related-questions';
import type { ShownAnswer } from './use-ask';

const useStyles = makeStyles({
  card: { padding: tokens.spacingHorizontalL, gap: tokens.spacingVerticalM },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  asked: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  partHeading: { margin: 0 },
  text: { margin: 0, maxWidth: '70ch' },
});

export interface AnswerPanelProps {
  readonly shown: ShownAnswer;
  readonly onChange: (change: Partial<Omit<ShownAnswer, 'answer'>>) => void;
  readonly onAsk: (question: string) => void;
  readonly onShowTickets: () => void;
}

/**
 * The knowledge base's answer to a question: the passage, its source, how sure it is, related
 * questions, 👍/👎 and "Ask an expert" (as the bot's answer card). When it is not sure it says
 * so, offers the closest topics and makes asking an expert the next step, instead of guessing.
 */
export function AnswerPanel({ shown, onChange, onAsk, onShowTickets }: AnswerPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const { answer } = shown;
  const sure = answer.answered;
  return (
    <Card className={styles.card} aria-labelledby={headingId} role="region">
      <div className={styles.head}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {sure ? 'Answer' : "I'm not sure about this one"}
        </Subtitle1>
        <Badge appearance="tint" shape="rounded" color={sure ? (answer.confidence >= 0.75 ? 'success' : 'informative') : 'warning'}>
          {confidenceLabel(sure, answer.confidence)}
        </Badge>
      </div>
      <Caption1 className={styles.asked}>You asked: {answer.question}</Caption1>
      {sure ? (
        <Markdown text={answer.answer} />
      ) : (
        <Body1 as="p" className={styles.text}>
          Nothing in the CoE knowledge base answers this well enough, so I won't guess. An expert from the CoE can answer it: ask one below, or try other words.
        </Body1>
      )}
      {sure && answer.sources[0] !== undefined && (
        <div className={styles.part}>
          <Subtitle2 as="h3" className={styles.partHeading}>
            Source
          </Subtitle2>
          <AnswerSourceLine source={answer.sources[0]} />
        </div>
      )}
      {/* Other close sources, as questions to ask next; when unsure they are the closest topics. */}
      {answer.related.length > 0 && <RelatedQuestions title={sure ? 'Related questions' : 'Closest topics'} questions={answer.related} onAsk={onAsk} />}
      <Divider />
      {sure && <FeedbackButtons questionId={answer.questionId} value={shown.feedback} onRecorded={(feedback) => onChange({ feedback })} />}
      <EscalateSection
        questionId={answer.questionId}
        ticket={shown.ticket}
        created={shown.ticketCreated}
        prominent={!sure}
        onEscalated={(ticket, created) => onChange({ ticket, ticketCreated: created })}
        onShowTickets={onShowTickets}
      />
    </Card>
  );
}
