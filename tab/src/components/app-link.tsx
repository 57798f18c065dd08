import { createCustomFocusIndicatorStyle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useNavigate } from '../lib/router';

/**
 * Fluent's Link look (an anchor with an href: brand colour, underline on hover and press, always
 * when inline, a double underline for keyboard focus) on a plain <a>. Home's first load then
 * carries no Link package (about 2 KB brotli); an <a href> needs none of its behaviour.
 */
const useStyles = makeStyles({
  root: {
    ':focus-visible': { outlineStyle: 'none' },
    backgroundColor: 'transparent',
    boxSizing: 'border-box',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    display: 'inline',
    fontFamily: tokens.fontFamilyBase,
    fontSize: 'inherit',
    fontWeight: tokens.fontWeightRegular,
    margin: '0',
    padding: '0',
    overflow: 'inherit',
    textAlign: 'left',
    textDecorationLine: 'none',
    textDecorationThickness: tokens.strokeWidthThin,
    textOverflow: 'inherit',
    userSelect: 'text',
    ':hover': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkHover },
    ':active': { textDecorationLine: 'underline', color: tokens.colorBrandForegroundLinkPressed },
  },
  focus: createCustomFocusIndicatorStyle({
    textDecorationColor: tokens.colorStrokeFocus2,
    textDecorationLine: 'underline',
    textDecorationStyle: 'double',
    outlineStyle: 'none',
  }),
  inline: { textDecorationLine: 'underline' },
});

export interface AppLinkProps {
  readonly to: string;
  readonly inline?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/** A link to a page of the tab: a real href (open in a new tab, copy) but no page load on click. */
export function AppLink({ to, inline, className, children }: AppLinkProps) {
  const styles = useStyles();
  const navigate = useNavigate();
  return (
    <a
      href={to}
      className={mergeClasses(styles.root, styles.focus, inline && styles.inline, className)}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {children}
    </a>
  );
}
