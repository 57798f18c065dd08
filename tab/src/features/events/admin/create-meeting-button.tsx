import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { VideoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from '../../../lib/translation';
import { useApiClient } from '../../../lib/api-client-context';
import { toApiError } from '../../../lib/api-error';
import { graphApi, type MeetingFields } from '../../graph/graph-api';
import { graphErrorText } from '../../graph/graph-error-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  done: { color: tokens.colorPaletteGreenForeground1 },
});

type Outcome = { readonly kind: 'idle' | 'busy' | 'done' } | { readonly kind: 'error'; readonly text: string };

/**
 * "Create Teams meeting" beside the link field: the server creates the meeting through Graph for
 * the form's title and times, and the link is filled in. A failure is told next to the field and
 * changes nothing in the form; the admin saves the event as usual.
 */
export function CreateMeetingButton({ fields, onCreated }: { readonly fields: MeetingFields; readonly onCreated: (joinWebUrl: string) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function create(): Promise<void> {
    if (!fields.title.trim() || !fields.start || !fields.end || !fields.timeZone) {
      setOutcome({ kind: 'error', text: t('graph.meeting.needsFields') });
      return;
    }
    setOutcome({ kind: 'busy' });
    try {
      const { joinWebUrl } = await graphApi.createMeeting(client, { title: fields.title, start: fields.start, end: fields.end, timeZone: fields.timeZone });
      onCreated(joinWebUrl);
      setOutcome({ kind: 'done' });
    } catch (e) {
      const error = toApiError(e);
      setOutcome({ kind: 'error', text: error.code === 'invalid_input' ? t('graph.meeting.needsFields') : t('graph.meeting.failed', { reason: graphErrorText(t, error) }) });
    }
  }

  const busy = outcome.kind === 'busy';
  return (
    <div className={styles.root}>
      <Button type="button" icon={<VideoRegular />} disabled={busy} onClick={() => void create()} title={t('graph.meeting.hint')}>
        {busy ? t('graph.meeting.creating') : t('graph.meeting.create')}
      </Button>
      <Text role="status" aria-live="polite" className={outcome.kind === 'error' ? styles.error : styles.done}>
        {outcome.kind === 'error' ? outcome.text : outcome.kind === 'done' ? t('graph.meeting.created') : ''}
      </Text>
    </div>
  );
}
