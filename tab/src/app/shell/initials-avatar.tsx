import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontWeight: tokens.fontWeightSemibold,
    // Drawn in high contrast, where background colours are replaced by the system's.
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    userSelect: 'none',
  },
  s28: { width: '28px', height: '28px', fontSize: tokens.fontSizeBase200 },
  s32: { width: '32px', height: '32px', fontSize: tokens.fontSizeBase300 },
});

/** A few of Fluent's "colorful" avatar pairs (background, text): the same name always gets the same pair. */
const usePalette = makeStyles({
  berry: { backgroundColor: tokens.colorPaletteBerryBackground2, color: tokens.colorPaletteBerryForeground2 },
  teal: { backgroundColor: tokens.colorPaletteTealBackground2, color: tokens.colorPaletteTealForeground2 },
  marigold: { backgroundColor: tokens.colorPaletteMarigoldBackground2, color: tokens.colorPaletteMarigoldForeground2 },
  lavender: { backgroundColor: tokens.colorPaletteLavenderBackground2, color: tokens.colorPaletteLavenderForeground2 },
  forest: { backgroundColor: tokens.colorPaletteForestBackground2, color: tokens.colorPaletteForestForeground2 },
  cranberry: { backgroundColor: tokens.colorPaletteCranberryBackground2, color: tokens.colorPaletteCranberryForeground2 },
});
const colours = ['berry', 'teal', 'marigold', 'lavender', 'forest', 'cranberry'] as const;

/** "Ada Lovelace" → "AL", "Prince" → "P", "" → "?". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

function colourOf(name: string): (typeof colours)[number] {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 2_147_483_647;
  return colours[hash % colours.length] ?? 'berry';
}

/**
 * The signed-in person's initials in a coloured circle: what Fluent's Avatar shows for a name
 * without a photo, without its presence badge and image machinery on the tab's first load.
 */
export function InitialsAvatar({ name, size, label }: { readonly name: string; readonly size: 28 | 32; readonly label?: string }) {
  const styles = useStyles();
  const palette = usePalette();
  return (
    <span
      className={mergeClasses(styles.root, size === 28 ? styles.s28 : styles.s32, palette[colourOf(name)])}
      {...(label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
    >
      {initialsOf(name)}
    </span>
  );
}
