import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { DismissRegular, SparkleRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { AppLink } from '../../components/app-link';
import { IconTile } from '../../components/icon-tile';
import { cardSurface } from '../../components/surface';
import type { HomeView } from './types';
import { useTranslation } from '../../lib/translation';

const useStyles = makeStyles({
  // Card's look without Card: its Tabster focus group would weigh on Home's first load (surface.ts).
  card: { ...cardSurface, gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL, borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  top: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  heading: { margin: 0, flexGrow: 1 },
  text: { margin: 0, maxWidth: '70ch' },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The first-run welcome: what Maker Hub does and three first steps; closed for good with Dismiss. */
export function WelcomePanel({ home, onDismiss, busy }: { readonly home: HomeView; readonly onDismiss: () => void; readonly busy: boolean }) {
  const styles = useStyles();
  const headingId = useId();
  const path = home.training;
  const { t } = useTranslation();
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.top}>
        <IconTile>
          <SparkleRegular />
        </IconTile>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {t('home.welcome.heading')}
        </Subtitle1>
        <Button appearance="subtle" icon={<DismissRegular />} onClick={onDismiss} disabled={busy}>
          {t('home.welcome.dismiss')}
        </Button>
      </div>
      <Body1 as="p" className={styles.text}>
        {t('home.welcome.intro')}
      </Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>
            {home.department === null ? t('home.welcome.setDepartment') : t('home.welcome.departmentIs', { department: home.department })}
            <AppLink to="/activity" inline>
              {t('home.welcome.myActivity')}
            </AppLink>
          </Body1>
        </li>
        <li>
          <Body1>
            {t('home.welcome.firstPath')}
            {path ? (
              <AppLink to={path.link} inline>
                {path.path.title}
              </AppLink>
            ) : (
              <AppLink to="/training" inline>
                {t('pages.training.label')}
              </AppLink>
            )}
          </Body1>
        </li>
        <li>
          <Body1>
            {t('home.welcome.firstQuestion')}
            <AppLink to="/ask" inline>
              {t('pages.ask.label')}
            </AppLink>
          </Body1>
        </li>
      </ol>
    </section>
  );
}
