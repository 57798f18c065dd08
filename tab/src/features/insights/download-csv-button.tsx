import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { toApiError, type ApiError } from '../../lib/api-error';
import { useTranslation } from '../../lib/translation';
import { exportCsvPath } from './api';
import { downloadCsv } from './csv-download';
import type { DateRange } from './range';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The download's own failures in the page's language; the server's refusals keep the server's words. */
function errorText(error: ApiError, t: TFunction): string {
  if (error.code === 'sso_failed') return t('insights.csvError.signIn');
  if (error.code === 'network') return t('insights.csvError.network');
  if (error.code === `http_${error.status}`) return t('insights.csvError.failed', { status: error.status });
  return error.message;
}

export interface DownloadCsvButtonProps {
  readonly tableId: string;
  readonly range: DateRange;
  /** What the file holds, for screen readers: "Download CSV" alone is ambiguous on a page of tables. */
  readonly describedBy?: string;
  readonly label?: string;
  readonly size?: 'small' | 'medium';
}

/**
 * "Download CSV" of one report table for the period shown; says so when the export fails. The file's
 * column headers stay English whatever the page's language: the server writes one file for everyone,
 * and the spreadsheets and scripts the CoE feeds with it match on those headers.
 */
export function DownloadCsvButton({ tableId, range, describedBy, label, size = 'small' }: DownloadCsvButtonProps) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      await downloadCsv(exportCsvPath(tableId, range), `${tableId}-${range.from}-${range.to}.csv`);
    } catch (e) {
      setError(errorText(toApiError(e), t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className={styles.root}>
      <Button size={size} icon={<ArrowDownloadRegular />} disabled={busy} aria-describedby={describedBy} onClick={() => void download()}>
        {label ?? t('insights.downloadCsv')}
      </Button>
      <span role="status">{error !== null && <Text size={200} className={styles.error}>{error}</Text>}</span>
    </span>
  );
}
