import { Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { PageSection } from '../../components/page';
import { useApiClient } from '../../lib/api-client-context';
import { useSubmission } from '../../lib/use-submission';
import { sendFeedback, type EventDetail, type FeedbackSummary } from './api';
import { useTranslation } from '../../lib/translation';
import { numberFormat } from '../../lib/intl-formats';

const useStyles = makeStyles({
  bars: { display: 'grid', gridTemplateColumns: 'auto 1fr auto', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, alignItems: 'center', maxWidth: '420px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  radios: { display: 'flex', flexWrap: 'wrap' },
});

const RATINGS = ['1', '2', '3', '4', '5'] as const;

/** How attendees rated the event: average and spread, for everyone to see. */
function Results({ summary }: { readonly summary: FeedbackSummary }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (summary.count === 0) return <Body1>{t('events.feedback.none')}</Body1>;
  const average = numberFormat({ maximumFractionDigits: 1 }).format(summary.average ?? 0);
  return (
    <>
      <Body1>{t('events.feedback.average', { average, count: summary.count })}</Body1>
      <div className={styles.bars}>
        {(['5', '4', '3', '2', '1'] as const).map((r) => (
          <FragmentRow key={r} rating={r} count={summary.distribution[r]} total={summary.count} />
        ))}
      </div>
    </>
  );
}

function FragmentRow({ rating, count, total }: { readonly rating: '1' | '2' | '3' | '4' | '5'; readonly count: number; readonly total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Body1>{rating} ★</Body1>
      <ProgressBar value={total ? count / total : 0} aria-label={t('events.feedback.rated', { count, rating })} />
      <Body1>{count}</Body1>
    </>
  );
}

/** Feedback on an event: the results, and for attendees once it started, the 1–5 rating form. */
export function FeedbackSection({ detail, onSaved }: { readonly detail: EventDetail; readonly onSaved: (summary: FeedbackSummary) => void }) {
  const styles = useStyles();
  const client = useApiClient();
  const { t } = useTranslation();
  const [rating, setRating] = useState(detail.myFeedback ? String(detail.myFeedback.rating) : '');
  const [comment, setComment] = useState(detail.myFeedback?.comment ?? '');
  const { busy, error, submit } = useSubmission();
  const [saved, setSaved] = useState(false);
  // The server decides who may rate (attendees, once it started); results show once there are some.
  if (!detail.canRate && detail.feedback.count === 0) return null;

  async function send() {
    onSaved(await sendFeedback(client, detail.event.id, Number(rating), comment));
    setSaved(true);
  }

  return (
    <PageSection title={t('events.feedback.title')}>
      <Results summary={detail.feedback} />
      {detail.canRate && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(send);
          }}
        >
          <Field label={t(detail.myFeedback ? 'events.feedback.change' : 'events.feedback.howWasIt')} required validationMessage={error?.fields['rating']}>
            <RadioGroup value={rating} onChange={(_e, data) => setRating(data.value)} layout="horizontal" className={styles.radios}>
              {RATINGS.map((r) => (
                <Radio key={r} value={r} label={`${r} – ${t(`events.feedback.rating.${r}`)}`} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t('events.feedback.comment')} validationMessage={error?.fields['comment']}>
            <Textarea value={comment} maxLength={1000} onChange={(_e, data) => setComment(data.value)} resize="vertical" />
          </Field>
          {error !== null && Object.keys(error.fields).length === 0 && <ErrorState title={t('events.feedback.notSaved')} error={error} />}
          {saved && (
            <MessageBar intent="success">
              <MessageBarBody>{t('events.feedback.thanks')}</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button type="submit" appearance="primary" disabled={busy || rating === ''}>
              {t('events.feedback.send')}
            </Button>
          </div>
        </form>
      )}
    </PageSection>
  );
}
