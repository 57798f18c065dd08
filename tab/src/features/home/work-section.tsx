import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CardGrid } from '../../components/card-grid';
import { ListCard } from '../../components/list-card';
import { PageSection } from '../../components/page';
import { formatDate } from '../../lib/format-date';
import type { HomeWork } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  count: { margin: 0, fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** What waits for the person's roles: one card per piece of work, opening where it is done. */
export function WorkSection({ work }: { readonly work: readonly HomeWork[] }) {
  const styles = useStyles();
  const { t } = useTranslation();
  if (work.length === 0) return null;
  return (
    <PageSection title={t('home.work.title')}>
      <CardGrid minCardWidth={220}>
        {work.map((w) => (
          <li key={w.id}>
            <ListCard to={w.link} title={t(`home.work.item.${w.id}`)}>
              <Body1 as="p" className={styles.count}>
                {w.count}
              </Body1>
              <Caption1 className={styles.muted}>{w.count === 0 ? t('home.work.nothingWaiting') : w.oldestAt ? t(w.id === 'events-without-announcements' ? 'home.work.nextStarts' : 'home.work.oldestSince', { date: formatDate(w.oldestAt) }) : t('home.work.thisWeek')}</Caption1>
            </ListCard>
          </li>
        ))}
      </CardGrid>
    </PageSection>
  );
}
