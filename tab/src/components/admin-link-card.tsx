import { Body1, Button, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { useId, type ReactElement, type ReactNode } from 'react';
import { useNavigate } from '../lib/router';
import { raisedSurface } from './surface';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    ...raisedSurface,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, flex: '1 1 280px' },
  heading: { margin: 0, display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface AdminLinkCardProps {
  readonly title: string;
  /** Beside the title, e.g. a count of what waits there. */
  readonly badge?: ReactNode;
  readonly description: ReactNode;
  readonly to: string;
  readonly icon: ReactElement;
  readonly label: string;
  readonly primary?: boolean;
}

/** One of the Admin page's ways into another page: what it is for and one button there (a real link, no page load). */
export function AdminLinkCard({ title, badge, description, to, icon, label, primary }: AdminLinkCardProps) {
  const styles = useStyles();
  const navigate = useNavigate();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <div className={styles.text}>
        <Subtitle1 as="h2" id={headingId} className={styles.heading}>
          {title}
          {badge}
        </Subtitle1>
        <Body1 as="p" className={styles.muted}>
          {description}
        </Body1>
      </div>
      <Button
        as="a"
        href={to}
        appearance={primary ? 'primary' : undefined}
        icon={icon}
        onClick={(e) => {
          e.preventDefault();
          navigate(to);
        }}
      >
        {label}
      </Button>
    </section>
  );
}
