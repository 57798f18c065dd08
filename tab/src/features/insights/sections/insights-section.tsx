import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { PageSection } from '../../../components/page';
import { FigureGrid, type FigureSpec } from '../figure-grid';
import type { DateRange } from '../range';
import type { InsightsReport, ReportTable } from '../types';

/** What every capability section gets. */
export interface SectionProps {
  readonly report: InsightsReport;
  readonly tables: readonly ReportTable[];
  readonly range: DateRange;
  /** The sponsor report: no buttons, fewer charts. */
  readonly readOnly?: boolean;
}

/** The table with this id, if the server sent it. */
export function tableOf(tables: readonly ReportTable[], id: string): ReportTable | undefined {
  return tables.find((t) => t.id === id);
}

const useStyles = makeStyles({
  panels: {
    display: 'grid',
    // Two columns where there is room, one on a phone; min() keeps a column from outgrowing the page.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** A capability's part of the dashboard: heading, headline figures, then its charts. */
export function InsightsSection({ title, figures, children }: { readonly title: string; readonly figures: readonly FigureSpec[]; readonly children?: ReactNode }) {
  const styles = useStyles();
  return (
    <PageSection title={title}>
      <FigureGrid figures={figures} />
      {children !== undefined && <div className={styles.panels}>{children}</div>}
    </PageSection>
  );
}
