import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useTranslation } from '../../lib/translation';
import { formatCell } from './format';
import type { ReportTable } from './types';

const useStyles = makeStyles({
  // Wide tables scroll inside their box at phone width instead of widening the page; the box is
  // focusable so keyboard users can scroll it too.
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  empty: { color: tokens.colorNeutralForeground2 },
});

/** A report table as the server sent it: the same rows the CSV download holds. */
export function ReportTableView({ table, caption, emptyText }: { readonly table: ReportTable; readonly caption?: string; readonly emptyText?: string }) {
  const styles = useStyles();
  const { t, i18n } = useTranslation();
  const numeric = new Set(table.columns.filter((c) => table.rows.some((r) => typeof r[c.key] === 'number')).map((c) => c.key));
  // The server names the columns in English (they head the CSV too); the catalogue has the page's
  // words for the report's tables. Tables built in the tab (My activity) come already translated.
  const header = (column: { key: string; label: string }) => {
    return i18n.resource(i18n.language, `insights.columns.${table.id}.${column.key}`) ?? column.label;
  };
  const name = caption ?? table.title;
  return (
    <div className={styles.scroller} role="region" aria-label={t('insights.tableRegion', { name })} tabIndex={0}>
      <Table size="small" aria-label={name}>
        <TableHeader>
          <TableRow>
            {table.columns.map((c) => (
              <TableHeaderCell key={c.key} className={numeric.has(c.key) ? styles.number : undefined}>
                {header(c)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={table.columns.length} className={styles.empty}>
                {emptyText ?? t('insights.nothing')}
              </TableCell>
            </TableRow>
          )}
          {table.rows.map((row, i) => (
            <TableRow key={i}>
              {table.columns.map((c) => (
                <TableCell key={c.key} className={numeric.has(c.key) ? styles.number : undefined}>
                  {formatCell(row[c.key] ?? null)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
