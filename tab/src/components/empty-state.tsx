import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    textAlign: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  icon: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '56px',
    height: '56px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: '28px',
    marginBottom: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
  },
  text: {
    margin: 0,
    maxWidth: '52ch',
    color: tokens.colorNeutralForeground2,
  },
  actions: {
    marginTop: tokens.spacingVerticalM,
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

export interface EmptyStateProps {
  readonly icon: ReactNode;
  readonly title: string;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
}

/** A calm placeholder saying what will appear here once there is something to show. */
export function EmptyState({ icon, title, children, actions }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <span className={styles.icon} aria-hidden="true">
        {icon}
      </span>
      <Subtitle2 as="h2" className={styles.title}>
        {title}
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        {children}
      </Body1>
      {actions !== undefined && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}
