import { useTranslation } from '../../lib/translation';
import { Body1, Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { toApiError } from '../../lib/api-error';
import { downloadCsv } from '../insights/csv-download';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** `GET /api/me/export`: everything Maker Hub holds about the signed-in person, as one JSON file. */
export function DownloadMyData() {
  const styles = useStyles();
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={styles.root}>
      <Body1>{t('activity.download.intro')}</Body1>
      <Button icon={<ArrowDownloadRegular />} onClick={() => { setError(null); downloadCsv('/api/me/export', 'my-maker-hub-data.json').catch((e: unknown) => setError(toApiError(e).message)); }}>
        {t('activity.download.button')}
      </Button>
      <span role="status">{error !== null && <Text className={styles.error}>{error}</Text>}</span>
    </div>
  );
}
