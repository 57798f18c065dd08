import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { safeUrl, sourceLabel } from './format';
import type { AnswerSource } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  // Badge and title side by side, the title wrapping in its own column (a phone keeps them together).
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, margin: 0 },
  badge: { flexShrink: 0, marginTop: '2px' },
  title: { minWidth: 0, overflowWrap: 'anywhere' },
  icon: { marginLeft: tokens.spacingHorizontalXXS, verticalAlign: 'middle' },
});

/** Where an answer comes from: its kind, title › section, and a link when the source is on the web. */
export function AnswerSourceLine({ source }: { readonly source: AnswerSource }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const url = safeUrl(source.url);
  return (
    <p className={styles.row}>
      <Badge appearance="outline" color="informative" shape="rounded" className={styles.badge}>
        {t(`ask.kind.${source.kind}`)}
      </Badge>
      {url !== undefined ? (
        <Link href={url} target="_blank" rel="noopener noreferrer" className={styles.title}>
          {sourceLabel(source)}
          <OpenRegular className={styles.icon} aria-label={t('ask.answer.newWindow')} />
        </Link>
      ) : (
        <span className={styles.title}>{sourceLabel(source)}</span>
      )}
    </p>
  );
}
