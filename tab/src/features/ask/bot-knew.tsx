import { Badge, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from '../../lib/translation';
import { safeUrl, sourceLabel } from './format';
import type { BotKnowledge } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, overflowWrap: 'anywhere' },
  // A 24 px line keeps each of the stacked links a target a finger can hit (WCAG 2.2 target size).
  target: { display: 'inline-block', lineHeight: '24px' },
});

const BAND_COLOR = { high: 'success', likely: 'informative', closest: 'warning', unknown: 'subtle' } as const;

/**
 * What the bot told the maker before they asked an expert: the band they saw (never a percentage:
 * the model is only backed as bands) and the sources it offered, so the expert starts from there.
 */
export function BotKnew({ knew }: { readonly knew: BotKnowledge }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Caption1 id={headingId} className={styles.muted}>
          {t('tickets.botKnew.title')}
        </Caption1>
        <Badge appearance="outline" shape="rounded" color={BAND_COLOR[knew.band]}>
          {t(`tickets.botKnew.band.${knew.band}`)}
        </Badge>
      </div>
      {knew.sources.length > 0 ? (
        <ul className={styles.list} aria-label={t('tickets.botKnew.offered')}>
          {knew.sources.map((s) => {
            const href = safeUrl(s.url);
            return (
              <li key={`${s.title}|${s.heading ?? ''}`}>
                {href !== undefined ? (
                  <Link href={href} target="_blank" rel="noreferrer" className={styles.target}>
                    {sourceLabel(s)}
                  </Link>
                ) : (
                  sourceLabel(s)
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <Caption1 className={styles.muted}>{t('tickets.botKnew.none')}</Caption1>
      )}
    </section>
  );
}
