import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { DataTrendingRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { useNavigate } from '../../lib/router';
import { raisedSurface } from '../../components/surface';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    ...raisedSurface,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flex: '1 1 280px' },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The Admin page's way into Insights (the KPI dashboard and the sponsor report). */
export function InsightsAdminLink() {
  const styles = useStyles();
  const navigate = useNavigate();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.text}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          Insights
        </Subtitle1>
        <Body1 as="p" className={styles.muted}>
          Adoption figures for any period: active makers, questions and knowledge gaps, environments, stories, training and events, with CSV exports and a sponsor report.
        </Body1>
      </div>
      <Button
        as="a"
        href="/admin/insights"
        appearance="primary"
        icon={<DataTrendingRegular />}
        onClick={(e) => {
          e.preventDefault();
          navigate('/admin/insights');
        }}
      >
        Open Insights
      </Button>
    </section>
  );
}
