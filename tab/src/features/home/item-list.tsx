import { Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { AppLink } from '../../components/app-link';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flexGrow: 1, minWidth: '12rem' },
  meta: { color: tokens.colorNeutralForeground2 },
  end: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ItemRow {
  readonly key: string;
  readonly to: string;
  readonly title: string;
  readonly meta?: ReactNode;
  /** A badge or a button at the row's end. */
  readonly end?: ReactNode;
}

/** A short list of rows on Home, each leading to its page; says something useful when empty. */
export function ItemList({ label, rows, empty }: { readonly label: string; readonly rows: readonly ItemRow[]; readonly empty: ReactNode }) {
  const styles = useStyles();
  if (rows.length === 0)
    return (
      <Body1 as="p" className={styles.empty}>
        {empty}
      </Body1>
    );
  return (
    <ul className={styles.list} aria-label={label}>
      {rows.map((r) => (
        <li key={r.key} className={styles.row}>
          <div className={styles.main}>
            <AppLink to={r.to}>{r.title}</AppLink>
            {r.meta !== undefined && <Caption1 className={styles.meta}>{r.meta}</Caption1>}
          </div>
          {r.end !== undefined && <div className={styles.end}>{r.end}</div>}
        </li>
      ))}
    </ul>
  );
}
