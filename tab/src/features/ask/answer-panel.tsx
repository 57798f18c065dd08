import { Badge, Body1, Caption1, Card, Divider, makeStyles, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { AnswerSourceLine } from './answer-source';
import { ClosestSources } from './closest-sources';
import { EscalateSection } from './escalate-section';
import { FeedbackButtons } from './feedback-buttons';
import { FeedbackReasonForm } from './feedback-reason';
import { confidenceLabel } from './format';
import { Markdown } from './markdown';
import { RelatedQuestions } from './related-questions';
import type { ShownAnswer } from './use-ask';
import { useTranslation } from '../../lib/translation';

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
  /** An earlier answer of the conversation: an article under the current one, not another region. */
  readonly earlier?: boolean;
}

/**
 * The knowledge base's answer to a question, in one of three grades (as the bot's cards): a
 * confident answer with its source, related questions and 👍/👎; "These look closest:" with up to
 * three sources, a sentence each; or "I don't know that one". When it is not sure, asking an
 * expert is the next step, instead of a guess.
 */
export function AnswerPanel({ shown, onChange, onAsk, onShowTickets, earlier = false }: AnswerPanelProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  const askedId = useId();
  const { answer } = shown;
  const sure = answer.grade === 'answer';
  return (
    <Card className={styles.card} aria-labelledby={earlier ? `${headingId} ${askedId}` : headingId} role={earlier ? 'article' : 'region'}>
      <div className={styles.head}>
        <Subtitle1 as={earlier ? 'h3' : 'h2'} id={headingId} className={styles.heading}>
          {t(`ask.answer.heading.${answer.grade}`)}
        </Subtitle1>
        <Badge appearance="tint" shape="rounded" color={sure ? (answer.highConfidence ? 'success' : 'informative') : 'warning'}>
          {confidenceLabel(answer.grade, answer.highConfidence, t)}
        </Badge>
      </div>
      <Caption1 id={askedId} className={styles.asked}>
        {t('ask.answer.youAsked', { question: answer.question })}
      </Caption1>
      {sure && <Markdown text={answer.answer} />}
      {answer.grade === 'closest' && (
        <>
          <ClosestSources sources={answer.closest} />
          <Body1 as="p" className={styles.text}>
            {t('ask.answer.closestNote')}
          </Body1>
        </>
      )}
      {answer.grade === 'unknown' && (
        <Body1 as="p" className={styles.text}>
          {t('ask.answer.unknownNote')}
        </Body1>
      )}
      {sure && answer.sources[0] !== undefined && (
        <div className={styles.part}>
          <Subtitle2 as="h3" className={styles.partHeading}>
            {t('ask.answer.source')}
          </Subtitle2>
          <AnswerSourceLine source={answer.sources[0]} />
        </div>
      )}
      {/* Other close sources, as questions to ask next. */}
      {sure && answer.related.length > 0 && <RelatedQuestions title={t('ask.answer.related')} questions={answer.related} onAsk={onAsk} />}
      <Divider />
      {sure && <FeedbackButtons questionId={answer.questionId} value={shown.feedback} onRecorded={(feedback) => onChange({ feedback })} />}
      {sure && shown.feedback === 'not-helpful' && shown.reason === undefined && <FeedbackReasonForm questionId={answer.questionId} onDone={(reason) => onChange({ reason })} />}
      <EscalateSection
        questionId={answer.questionId}
        question={answer.question}
        ticket={shown.ticket}
        created={shown.ticketCreated}
        prominent={!sure}
        onEscalated={(ticket, created) => onChange({ ticket, ticketCreated: created })}
        onShowTickets={onShowTickets}
      />
    </Card>
  );
}
