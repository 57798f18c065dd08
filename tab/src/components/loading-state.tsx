import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXXL} 0`,
  },
  // Fluent's medium Spinner (32 px ring, brand arc on a faint track), drawn with its tokens: the
  // Spinner component and its Label were 3 KB of the first load for the page-loading state.
  ring: {
    boxSizing: 'border-box',
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke2Contrast}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1.5s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
    // Windows high contrast draws borders in its own colours: the moving arc stays visible.
    '@media (forced-colors: active)': { border: `${tokens.strokeWidthThicker} solid CanvasText`, borderTopColor: 'Highlight' },
  },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
});

/** A labelled spinner, announced politely to screen readers (the label is the status text). */
export function LoadingState({ label }: { readonly label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <span className={styles.ring} aria-hidden="true" />
      <span className={styles.label}>{label}</span>
    </div>
  );
}
