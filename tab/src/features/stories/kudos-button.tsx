import { Caption1, makeStyles, ToggleButton, Tooltip } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useApiClient } from '../../lib/api-client-context';
import { toApiError } from '../../lib/api-error';
import { useTranslation } from '../../lib/translation';
import { storiesApi } from './api';

const useStyles = makeStyles({
  // Colour emoji fonts draw larger than the text; this keeps the clap inside the button's icon slot.
  emoji: { fontSize: '15px', lineHeight: '1', display: 'inline-flex', alignItems: 'center', justifyContent: 'center' },
  row: { display: 'inline-flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap', minWidth: 0 },
  names: { overflowWrap: 'anywhere' },
});

export interface KudosButtonProps {
  readonly storyId: string;
  readonly count: number;
  readonly given: boolean;
  /** Who gave kudos, by name. */
  readonly from: readonly string[];
  /** The viewer wrote the story: kudos are for others to give, so the button only shows the count. */
  readonly mine: boolean;
  readonly size?: 'small' | 'medium';
  /** Told the outcome, or the message of a failure. */
  readonly onError?: (message: string) => void;
}

/** "Ada, Ben and 3 others": the first few givers, so the line stays short on a card. */
export function kudosNames(t: TFunction, names: readonly string[], shown = 3): string {
  if (names.length <= shown) return names.length <= 1 ? (names[0] ?? '') : t('stories.kudos.two', { names: names.slice(0, -1).join(', '), last: names[names.length - 1] });
  return t('stories.kudos.others', { names: names.slice(0, shown).join(', '), count: names.length - shown });
}

/** One kudos per person: pressed means "I gave kudos", pressing again takes it back. */
export function KudosButton({ storyId, count, given, from, mine, size = 'medium', onError }: KudosButtonProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const client = useApiClient();
  const [state, setState] = useState({ count, given, from });
  const [busy, setBusy] = useState(false);

  async function toggle(): Promise<void> {
    setBusy(true);
    try {
      const result = await storiesApi.kudos(client, storyId);
      setState({ count: result.kudosCount, given: result.kudosGiven, from: result.kudosFrom });
    } catch (error) {
      onError?.(toApiError(error).message);
    } finally {
      setBusy(false);
    }
  }

  const tip = mine ? t('stories.kudos.mine') : state.given ? t('stories.kudos.given') : t('stories.kudos.give');
  return (
    <span className={styles.row}>
      <Tooltip content={tip} relationship="description">
        <ToggleButton size={size} checked={state.given} disabledFocusable={busy || mine} onClick={() => void (mine ? undefined : toggle())} icon={<span aria-hidden="true" className={styles.emoji}>👏</span>}>
          {t('stories.kudos.button', { count: state.count })}
        </ToggleButton>
      </Tooltip>
      {state.from.length > 0 && (
        <Caption1 className={styles.names} title={state.from.join(', ')}>
          {t('stories.kudos.from', { names: kudosNames(t, state.from) })}
        </Caption1>
      )}
    </span>
  );
}
