import { makeStyles, mergeClasses, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * Fluent's Badge look (its tokens, sizes and the border drawn by ::after, which high contrast
 * shows) on a plain element, as the header's avatar and search are: the first load then carries
 * no Badge package (about 3 KB brotli). Only the variants the shell and Home use.
 */
const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    boxSizing: 'border-box',
    alignItems: 'center',
    justifyContent: 'center',
    position: 'relative',
    ...typographyStyles.caption1Strong,
    height: '20px',
    minWidth: '20px',
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusMedium,
    // A transparent stroke rather than none, so the border shows in high contrast.
    ...shorthands.borderColor(tokens.colorTransparentStroke),
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
      ...shorthands.borderStyle('solid'),
      ...shorthands.borderColor('inherit'),
      ...shorthands.borderWidth(tokens.strokeWidthThin),
      borderRadius: 'inherit',
    },
  },
  brand: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2, ...shorthands.borderColor(tokens.colorBrandStroke2) },
  informative: { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder1) },
  // CounterBadge's small, circular, filled look.
  count: {
    ...typographyStyles.caption2Strong,
    minWidth: '16px',
    height: '16px',
    padding: `0 calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  countBrand: { backgroundColor: tokens.colorBrandBackground },
  countDanger: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

export interface TintBadgeProps {
  readonly color?: 'brand' | 'informative' | 'success';
  /** Another colour (the development badge's warning one) or layout, applied last. */
  readonly className?: string;
  readonly title?: string;
  readonly children: ReactNode;
}

/** Fluent's `<Badge appearance="tint" shape="rounded">` (medium). */
export function TintBadge({ color = 'brand', className, title, children }: TintBadgeProps) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, styles[color], className)} title={title}>
      {children}
    </div>
  );
}

export interface CountBadgeProps {
  readonly count: number;
  readonly color: 'brand' | 'danger';
  readonly className?: string;
  readonly 'aria-label'?: string;
  readonly 'aria-hidden'?: 'true';
}

/** Fluent's `<CounterBadge size="small">` (filled, circular): nothing for 0, "99+" above 99. */
export function CountBadge({ count, color, className, ...aria }: CountBadgeProps) {
  const styles = useStyles();
  if (count === 0) return null;
  return (
    <div className={mergeClasses(styles.root, styles.count, color === 'brand' ? styles.countBrand : styles.countDanger, className)} {...aria}>
      {count > 99 ? '99+' : count}
    </div>
  );
}
