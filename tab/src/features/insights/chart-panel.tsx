import { useTranslation } from '../../lib/translation';
import { Body1, Caption1, makeStyles, Subtitle2, ToggleButton, tokens } from '@fluentui/react-components';
import { TableRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { raisedSurface } from '../../components/surface';
import { DownloadCsvButton } from './download-csv-button';
import type { DateRange } from './range';
import { ReportTableView } from './report-table-view';
import type { ReportTable } from './types';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    ...raisedSurface,
    breakInside: 'avoid',
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  description: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  figure: { margin: 0, minWidth: 0 },
  empty: { margin: 0, padding: `${tokens.spacingVerticalXL} 0`, color: tokens.colorNeutralForeground2, textAlign: 'center' },
});

export interface ChartPanelProps {
  readonly title: string;
  readonly description?: string;
  /** The table behind the chart (from the API's `tables`); without it there is no table view or CSV. */
  readonly table: ReportTable | undefined;
  readonly range: DateRange;
  /** The chart; not drawn when `empty`. */
  readonly chart: ReactNode;
  readonly empty: boolean;
  /** Shown when there is nothing to chart. */
  readonly emptyText?: string;
  /** Some data reads better as a table (a list of environments): start there. */
  readonly tableFirst?: boolean;
  /** Printing: no buttons. */
  readonly readOnly?: boolean;
  /** The table exists only in the page (no CSV export of it on the server). */
  readonly noCsv?: boolean;
}

/**
 * A chart with its title, a "Table" toggle showing the same figures as a table (for screen readers,
 * exact values and copying) and a CSV download of that table.
 */
export function ChartPanel({ title, description, table, range, chart, empty, emptyText, tableFirst = false, readOnly = false, noCsv = false }: ChartPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(tableFirst);
  const tableShown = showTable && table !== undefined;
  return (
    <section className={styles.panel} aria-labelledby={headingId} data-table-id={table?.id}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {title}
        </Subtitle2>
        {!readOnly && table !== undefined && (
          <div className={styles.actions}>
            {!tableFirst && (
              <ToggleButton size="small" icon={<TableRegular />} checked={showTable} aria-describedby={headingId} onClick={() => setShowTable((v) => !v)}>
                {t('period.table')}
              </ToggleButton>
            )}
            {!noCsv && <DownloadCsvButton tableId={table.id} range={range} describedBy={headingId} />}
          </div>
        )}
      </div>
      {description !== undefined && (
        <Caption1 as="p" className={styles.description}>
          {description}
        </Caption1>
      )}
      {tableShown && <ReportTableView table={table} caption={title} {...(emptyText !== undefined ? { emptyText } : {})} />}
      {!tableShown && empty && (
        <Body1 as="p" className={styles.empty}>
          {emptyText ?? t('insights.nothing')}
        </Body1>
      )}
      {!tableShown && !empty && (
        <figure className={styles.figure} aria-labelledby={headingId}>
          {chart}
        </figure>
      )}
    </section>
  );
}
