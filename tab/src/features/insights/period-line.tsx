import { useTranslation } from '../../lib/translation';
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { formatRange } from './range';
import type { Period } from './types';

const useStyles = makeStyles({
  line: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** "1 May – 30 May 2026 (30 days), compared with 1 Apr – 30 Apr 2026": the periods as the server counted them. */
export function PeriodLine({ period, previous }: { readonly period: Period; readonly previous?: Period }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Body1 as="p" className={styles.line} data-period={`${period.from}/${period.to}`}>
      <strong>{formatRange(period)}</strong> ({t('period.days', { count: period.days })})
      {previous !== undefined ? t('period.comparedWith', { range: formatRange(previous) }) : '.'}
    </Body1>
  );
}
