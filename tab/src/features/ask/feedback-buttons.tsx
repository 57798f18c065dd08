import { Body1, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { ThumbDislikeRegular, ThumbLikeRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { askApi } from './api';
import type { Feedback } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface FeedbackButtonsProps {
  readonly questionId: string;
  readonly value: Feedback | null;
  readonly onRecorded: (feedback: Feedback) => void;
}

/**
 * 👍/👎 on an answer, as in the bot's card. The first reaction counts (the server keeps it), so
 * after one the buttons show the stored reaction, pressed, and a second press only says so.
 */
export function FeedbackButtons({ questionId, value, onRecorded }: FeedbackButtonsProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const labelId = useId();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | undefined>();

  async function send(feedback: Feedback): Promise<void> {
    if (value !== null) {
      setNote({ text: t('ask.feedback.already'), error: false });
      return;
    }
    setBusy(true);
    setNote(undefined);
    try {
      const result = await askApi.feedback(client, questionId, feedback);
      onRecorded(result.feedback);
      setNote({ text: result.recorded ? t('ask.feedback.thanks') : t('ask.feedback.hadRated'), error: false });
    } catch (e) {
      setNote({ text: toApiError(e).message, error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.row}>
      <Body1 id={labelId}>{t('ask.feedback.question')}</Body1>
      <div role="group" aria-labelledby={labelId} className={styles.row}>
        <ToggleButton size="small" icon={<ThumbLikeRegular />} checked={value === 'helpful'} appearance={value === 'helpful' ? 'primary' : 'secondary'} disabledFocusable={busy} onClick={() => void send('helpful')}>
          {t('ask.feedback.yes')}
        </ToggleButton>
        <ToggleButton size="small" icon={<ThumbDislikeRegular />} checked={value === 'not-helpful'} appearance={value === 'not-helpful' ? 'primary' : 'secondary'} disabledFocusable={busy} onClick={() => void send('not-helpful')}>
          {t('ask.feedback.no')}
        </ToggleButton>
      </div>
      {/* Always there, so screen readers announce what lands in it. */}
      <Body1 role="status" className={note?.error ? styles.error : styles.note}>
        {note?.text}
      </Body1>
    </div>
  );
}
