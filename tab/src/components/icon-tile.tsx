import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  tile: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    width: '40px',
    height: '40px',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: '22px',
  },
});

/** A card's icon on a brand-tinted square; decorative, so hidden from screen readers. */
export function IconTile({ children }: { readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.tile} aria-hidden="true">
      {children}
    </span>
  );
}
