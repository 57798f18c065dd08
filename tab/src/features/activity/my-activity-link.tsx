import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { DataHistogramRegular } from '@fluentui/react-icons';
import { useTranslation } from '../../lib/translation';
import { AppLink } from '../../components/app-link';

const useStyles = makeStyles({
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0, color: tokens.colorNeutralForeground2 },
  icon: { fontSize: '20px', flexShrink: 0 },
});

/** Home's pointer to My activity (not a navigation entry: it is about you, not a place to work). */
export function MyActivityLink() {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <Body1 as="p" className={styles.line}>
      <DataHistogramRegular className={styles.icon} aria-hidden="true" />
      <span>
        {t('home.activityPrompt')}{' '}
        <AppLink to="/activity" inline>
          {t('home.welcome.myActivity')}
        </AppLink>
      </span>
    </Body1>
  );
}
