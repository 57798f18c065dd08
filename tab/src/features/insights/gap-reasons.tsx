import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { FeedbackReason } from '../../../../src/domain/ask/questions';
import { useTranslation } from '../../lib/translation';
import { quoted } from './quoted';
import type { KnowledgeGap } from './types';

const useStyles = makeStyles({
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Why makers said the answers did not help (the optional question after a 👎), with a few of their words. */
export function GapReasons({ gap }: { readonly gap: KnowledgeGap }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const reasons = Object.entries(gap.reasons ?? {}) as Array<[FeedbackReason, number]>;
  if (reasons.length === 0 && !gap.notes?.length) return null;
  const said = reasons
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${t(`insights.gaps.reason.${reason}`)} (${n})`)
    .join(', ');
  return (
    <>
      {said !== '' && <Caption1 className={styles.muted}>{t('insights.gaps.whyNot', { list: said })}</Caption1>}
      {gap.notes?.length ? <Caption1 className={styles.muted}>{t('insights.gaps.makersWrote', { list: quoted(gap.notes, t) })}</Caption1> : null}
    </>
  );
}
