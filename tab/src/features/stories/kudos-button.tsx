import { makeStyles, ToggleButton, Tooltip } from '@fluentui/react-components';
import { useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { storiesApi } from './api';

const useStyles = makeStyles({
  // Colour emoji fonts draw larger than the text; this keeps the clap inside the button's icon slot.
  emoji: { fontSize: '15px', lineHeight: '1', display: 'inline-flex', alignItems: 'center', justifyContent: 'center' },
});

export interface KudosButtonProps {
  readonly storyId: string;
  readonly count: number;
  readonly given: boolean;
  readonly size?: 'small' | 'medium';
  /** Told the outcome, or the message of a failure. */
  readonly onError?: (message: string) => void;
}

/** One kudos per person: pressed means "I gave kudos", pressing again takes it back. */
export function KudosButton({ storyId, count, given, size = 'medium', onError }: KudosButtonProps) {
  const styles = useStyles();
  const client = useApiClient();
  const [state, setState] = useState({ count, given });
  const [busy, setBusy] = useState(false);

  async function toggle(): Promise<void> {
    setBusy(true);
    try {
      const result = await storiesApi.kudos(client, storyId);
      setState({ count: result.kudosCount, given: result.kudosGiven });
    } catch (error) {
      onError?.(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Tooltip content={state.given ? 'You gave kudos — press again to take it back' : 'Give kudos'} relationship="description">
      <ToggleButton size={size} checked={state.given} disabledFocusable={busy} onClick={() => void toggle()} icon={<span aria-hidden="true" className={styles.emoji}>👏</span>}>
        Kudos · {state.count}
      </ToggleButton>
    </Tooltip>
  );
}
