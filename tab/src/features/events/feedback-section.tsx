import { Body1, Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ErrorState } from '../../components/error-state';
import { PageSection } from '../../components/page';
import { useApiClient } from '../../lib/api-client-context';
import { useSubmission } from '../../lib/use-submission';
import { sendFeedback, type EventDetail, type FeedbackSummary } from './api';

const useStyles = makeStyles({
  bars: { display: 'grid', gridTemplateColumns: 'auto 1fr auto', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`, alignItems: 'center', maxWidth: '420px' },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
  radios: { display: 'flex', flexWrap: 'wrap' },
});

const RATING_LABELS = ['Poor', 'Not great', 'OK', 'Good', 'Excellent'];

/** How attendees rated the event: average and spread, for everyone to see. */
function Results({ summary }: { readonly summary: FeedbackSummary }) {
  const styles = useStyles();
  if (summary.count === 0) return <Body1>No ratings yet.</Body1>;
  return (
    <>
      <Body1>
        Average <strong>{summary.average}/5</strong> from {summary.count} {summary.count === 1 ? 'rating' : 'ratings'}.
      </Body1>
      <div className={styles.bars}>
        {(['5', '4', '3', '2', '1'] as const).map((r) => (
          <FragmentRow key={r} rating={r} count={summary.distribution[r]} total={summary.count} />
        ))}
      </div>
    </>
  );
}

function FragmentRow({ rating, count, total }: { readonly rating: '1' | '2' | '3' | '4' | '5'; readonly count: number; readonly total: number }) {
  return (
    <>
      <Body1>{rating} ★</Body1>
      <ProgressBar value={total ? count / total : 0} aria-label={`${count} rated ${rating}`} />
      <Body1>{count}</Body1>
    </>
  );
}

/** Feedback on an event: the results, and for attendees once it started, the 1–5 rating form. */
export function FeedbackSection({ detail, onSaved }: { readonly detail: EventDetail; readonly onSaved: (summary: FeedbackSummary) => void }) {
  const styles = useStyles();
  const client = useApiClient();
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
    <PageSection title="Feedback">
      <Results summary={detail.feedback} />
      {detail.canRate && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void submit(send);
          }}
        >
          <Field label={detail.myFeedback ? 'Your rating (you can change it)' : 'How was it?'} required validationMessage={error?.fields['rating']}>
            <RadioGroup value={rating} onChange={(_e, data) => setRating(data.value)} layout="horizontal" className={styles.radios}>
              {RATING_LABELS.map((label, i) => (
                <Radio key={label} value={String(i + 1)} label={`${i + 1} – ${label}`} />
              ))}
            </RadioGroup>
          </Field>
          <Field label="Comment (optional)" validationMessage={error?.fields['comment']}>
            <Textarea value={comment} maxLength={1000} onChange={(_e, data) => setComment(data.value)} resize="vertical" />
          </Field>
          {error !== null && Object.keys(error.fields).length === 0 && <ErrorState title="Your feedback was not saved" error={error} />}
          {saved && (
            <MessageBar intent="success">
              <MessageBarBody>Thanks for your feedback!</MessageBarBody>
            </MessageBar>
          )}
          <div>
            <Button type="submit" appearance="primary" disabled={busy || rating === ''}>
              Send feedback
            </Button>
          </div>
        </form>
      )}
    </PageSection>
  );
}
