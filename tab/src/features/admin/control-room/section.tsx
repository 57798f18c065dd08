import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { raisedSurface } from '../../../components/surface';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL, ...raisedSurface },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** One panel of the control room: a heading, one line of what it is for, and its content. */
export function ControlSection({ title, description, children }: { readonly title: string; readonly description: string; readonly children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {title}
      </Subtitle1>
      <Body1 as="p" className={styles.muted}>
        {description}
      </Body1>
      {children}
    </section>
  );
}
