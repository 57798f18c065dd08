import { tokens } from '@fluentui/react-components';

/**
 * The look of a tile or panel raised off the page (figures, list items, chart panels), to spread
 * into a makeStyles rule beside its own padding and layout. One definition keeps them alike in
 * every theme: the border is transparent in light and dark and drawn in high contrast, where
 * shadows vanish.
 */
export const raisedSurface = {
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: tokens.shadow2,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
} as const;

/**
 * Fluent's Card look (filled, medium) without the Card component, whose Tabster focus management
 * a card that holds a link or two does not need and which would weigh on Home's first load
 * (docs/tab-speed.md).
 */
export const cardSurface = {
  display: 'flex',
  flexDirection: 'column',
  position: 'relative',
  overflow: 'hidden',
  boxSizing: 'border-box',
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  boxShadow: tokens.shadow4,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
} as const;

/**
 * An answer set apart from its surroundings (a ticket's expert answer, the FAQ editor's preview of
 * how makers will see one): a tinted block with a brand-coloured bar on its leading edge.
 */
export const quotedAnswer = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground2,
  borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
} as const;
