import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { DismissRegular, SparkleRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { AppLink } from '../../components/app-link';
import { IconTile } from '../../components/icon-tile';
import { cardSurface } from '../../components/surface';
import type { HomeView } from './types';

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
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <div className={styles.top}>
        <IconTile>
          <SparkleRegular />
        </IconTile>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          New to Maker Hub? Start here
        </Subtitle1>
        <Button appearance="subtle" icon={<DismissRegular />} onClick={onDismiss} disabled={busy}>
          Dismiss
        </Button>
      </div>
      <Body1 as="p" className={styles.text}>
        Maker Hub is your Power Platform Center of Excellence in Teams: ask the CoE and its experts, learn with short paths, join office hours and community calls, request
        environments and share what you built.
      </Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>
            {home.department === null ? 'Set your department, so the CoE counts your work for your team: ' : `Your department is ${home.department}. Change it on `}
            <AppLink to="/activity" inline>
              My activity
            </AppLink>
          </Body1>
        </li>
        <li>
          <Body1>
            Take your first path:{' '}
            {path ? (
              <AppLink to={path.link} inline>
                {path.path.title}
              </AppLink>
            ) : (
              <AppLink to="/training" inline>
                Training
              </AppLink>
            )}
          </Body1>
        </li>
        <li>
          <Body1>
            Ask your first question on{' '}
            <AppLink to="/ask" inline>
              Ask
            </AppLink>
          </Body1>
        </li>
      </ol>
    </section>
  );
}
