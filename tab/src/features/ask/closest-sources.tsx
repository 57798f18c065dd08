import { Body1, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { safeUrl } from './format';
import type { ClosestSource } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  sentence: { display: 'block', margin: 0, marginTop: tokens.spacingVerticalXXS, maxWidth: '70ch', color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  // A 24 px line keeps each link a target a finger can hit (WCAG 2.2 target size), also when a long title wraps.
  target: { display: 'inline-block', lineHeight: '24px' },
  icon: { marginLeft: tokens.spacingHorizontalXXS, verticalAlign: 'middle' },
});

/** The "closest" grade's sources: each one's title › heading (a link when on the web) and one sentence. */
export function ClosestSources({ sources }: { readonly sources: readonly ClosestSource[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <ul className={styles.list} aria-label={t('ask.answer.closestSources')}>
      {sources.map((s) => {
        const name = s.heading ? `${s.title} › ${s.heading}` : s.title;
        const url = safeUrl(s.url);
        return (
          <li key={`${s.path}#${s.heading ?? ''}`}>
            {url !== undefined ? (
              <Link href={url} target="_blank" rel="noopener noreferrer" className={mergeClasses(styles.name, styles.target)}>
                {name}
                <OpenRegular className={styles.icon} aria-label={t('ask.answer.newWindow')} />
              </Link>
            ) : (
              <span className={styles.name}>{name}</span>
            )}
            <Body1 as="p" className={styles.sentence}>
              {s.sentence}
            </Body1>
          </li>
        );
      })}
    </ul>
  );
}
