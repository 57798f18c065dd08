import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { AppLink } from './app-link';

const useStyles = makeStyles({
  link: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, alignSelf: 'flex-start' },
});

/** "← Back to the list": an in-app link (no page load) styled as a Fluent link. */
export function BackLink({ to, children }: { readonly to: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <AppLink to={to} className={styles.link}>
      <ArrowLeftRegular aria-hidden="true" />
      {children}
    </AppLink>
  );
}
