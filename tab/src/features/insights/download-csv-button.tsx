import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { toApiError } from '../../lib/api-error';
import { exportCsvPath } from './api';
import { downloadCsv } from './csv-download';
import type { DateRange } from './range';

const useStyles = makeStyles({
  root: { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface DownloadCsvButtonProps {
  readonly tableId: string;
  readonly range: DateRange;
  /** What the file holds, for screen readers: "Download CSV" alone is ambiguous on a page of tables. */
  readonly describedBy?: string;
  readonly label?: string;
  readonly size?: 'small' | 'medium';
}

/** "Download CSV" of one report table for the period shown; says so when the export fails. */
export function DownloadCsvButton({ tableId, range, describedBy, label = 'Download CSV', size = 'small' }: DownloadCsvButtonProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      await downloadCsv(exportCsvPath(tableId, range), `${tableId}-${range.from}-${range.to}.csv`);
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className={styles.root}>
      <Button size={size} icon={<ArrowDownloadRegular />} disabled={busy} aria-describedby={describedBy} onClick={() => void download()}>
        {label}
      </Button>
      <span role="status">{error !== null && <Text size={200} className={styles.error}>{error}</Text>}</span>
    </span>
  );
}
