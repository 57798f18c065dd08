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
