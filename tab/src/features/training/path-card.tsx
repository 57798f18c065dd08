import { Badge, Body1, Caption1, Card, Field, makeStyles, ProgressBar, Subtitle2, tokens } from '@fluentui/react-components';
import { RibbonStarFilled } from '@fluentui/react-icons';
import { Link } from 'react-router-dom';
import type { TrainingPath } from './api';
import { audienceLabels, formatMinutes, levelLabels } from './labels';

const useStyles = makeStyles({
  card: {
    position: 'relative',
    height: '100%',
    boxSizing: 'border-box',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  title: { margin: 0 },
  // The title link covers the card: one tab stop, one accessible name.
  link: {
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    '::after': { content: '""', position: 'absolute', inset: 0, borderRadius: tokens.borderRadiusMedium },
    ':focus-visible': { outline: 'none' },
    ':focus-visible::after': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  summary: { margin: 0, color: tokens.colorNeutralForeground2, flexGrow: 1 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** A path in the list: who it is for, how far the person got, and a badge once finished. */
export function PathCard({ path, highlight }: { readonly path: TrainingPath; readonly highlight?: string }) {
  const styles = useStyles();
  const minutes = path.modules.reduce((n, m) => n + m.minutes, 0);
  const { progress } = path;
  return (
    <Card className={styles.card} focusMode="off">
      <div className={styles.badges}>
        {highlight !== undefined && (
          <Badge appearance="filled" color="brand">
            {highlight}
          </Badge>
        )}
        <Badge appearance="tint" color="informative">
          {audienceLabels[path.audience]}
        </Badge>
        <Badge appearance="outline" color="informative">
          {levelLabels[path.level]}
        </Badge>
        {progress.completedAt !== null && (
          <Badge appearance="filled" color="success" icon={<RibbonStarFilled />}>
            Completed
          </Badge>
        )}
      </div>
      <Subtitle2 as="h3" className={styles.title}>
        <Link to={`/training/${encodeURIComponent(path.id)}`} className={styles.link}>
          {path.title}
        </Link>
      </Subtitle2>
      <Body1 as="p" className={styles.summary}>
        {path.summary}
      </Body1>
      <Field validationMessage={`${progress.done} of ${progress.total} modules done`} validationState="none">
        <ProgressBar value={progress.percent / 100} thickness="large" color={progress.completedAt !== null ? 'success' : 'brand'} aria-label={`${path.title}: ${progress.percent}% complete`} />
      </Field>
      <Caption1 className={styles.meta}>
        {progress.percent}% · {path.modules.length} modules · about {formatMinutes(minutes)}
      </Caption1>
    </Card>
  );
}
