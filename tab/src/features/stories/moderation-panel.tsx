import { Button, Field, makeStyles, MessageBar, MessageBarBody, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { useTranslation } from '../../lib/translation';
import { storiesApi } from './api';
import type { ModerationDecision, StoryView } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** A champion's or admin's decision on a story in the queue; the note goes to the author. */
export function ModerationPanel({ story, onDecided }: { readonly story: StoryView; readonly onDecided: (story: StoryView, decision: ModerationDecision) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const headingId = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | undefined>();
  const [busy, setBusy] = useState<ModerationDecision | undefined>();

  async function decide(decision: ModerationDecision): Promise<void> {
    setBusy(decision);
    setError(undefined);
    try {
      onDecided(await storiesApi.moderate(client, story.id, decision, comment, story.version), decision);
    } catch (caught) {
      const problem = toApiError(caught);
      setError({ field: problem.fields['comment'], message: problem.message });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {t('stories.moderation.heading')}
      </Subtitle2>
      {error !== undefined && error.field === undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t('stories.moderation.note')} hint={t('stories.moderation.noteHint')} validationMessage={error?.field} validationState={error?.field ? 'error' : 'none'}>
        <Textarea value={comment} maxLength={1000} resize="vertical" onChange={(_, d) => setComment(d.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== undefined} onClick={() => void decide('approve')}>
          {busy === 'approve' ? t('stories.moderation.publishing') : t('stories.moderation.approve')}
        </Button>
        <Button disabled={busy !== undefined} onClick={() => void decide('request-changes')}>
          {t('stories.moderation.requestChanges')}
        </Button>
        <Button disabled={busy !== undefined} onClick={() => void decide('decline')}>
          {t('stories.moderation.decline')}
        </Button>
      </div>
    </section>
  );
}
