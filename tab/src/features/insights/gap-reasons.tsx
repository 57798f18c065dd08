import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_REASON_LABELS, type FeedbackReason } from '../../../../src/domain/ask/questions';
import type { KnowledgeGap } from './types';

const useStyles = makeStyles({
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Why makers said the answers did not help (the optional question after a 👎), with a few of their words. */
export function GapReasons({ gap }: { readonly gap: KnowledgeGap }) {
  const styles = useStyles();
  const reasons = Object.entries(gap.reasons ?? {}) as Array<[FeedbackReason, number]>;
  if (reasons.length === 0 && !gap.notes?.length) return null;
  const said = reasons
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${FEEDBACK_REASON_LABELS[reason].toLowerCase()} (${n})`)
    .join(', ');
  return (
    <>
      {said !== '' && <Caption1 className={styles.muted}>Why not helpful: {said}</Caption1>}
      {gap.notes?.length ? <Caption1 className={styles.muted}>Makers wrote: {gap.notes.map((n) => `“${n}”`).join(', ')}</Caption1> : null}
    </>
  );
}
