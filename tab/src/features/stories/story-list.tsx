import { Badge, Body1, Caption1, Card, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Link } from '../../lib/router';
import { useTranslation } from '../../lib/translation';
import { excerpt, formatDay, statusColor } from './format';
import type { StoryView } from './types';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, padding: 0, listStyleType: 'none' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  title: { margin: 0, overflowWrap: 'anywhere' },
  link: { color: tokens.colorNeutralForeground1, ':hover': { textDecoration: 'underline' } },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { margin: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  note: { margin: 0, overflowWrap: 'anywhere' },
});

/** Stories as a list (mine, or the review queue): title, state, who and when, and the moderator's note. */
export function StoryList({ stories, label, showAuthor }: { readonly stories: readonly StoryView[]; readonly label: string; readonly showAuthor: boolean }) {
  const styles = useStyles();
  const { t } = useTranslation();
  return (
    <ul className={styles.list} aria-label={label}>
      {stories.map((s) => (
        <li key={s.id}>
          <Card>
            <div className={styles.head}>
              <Subtitle2 as="h2" className={styles.title}>
                <Link to={`/stories/${s.id}`} className={styles.link}>
                  {s.title}
                </Link>
              </Subtitle2>
              <Badge appearance="tint" color={statusColor[s.status]} shape="rounded">
                {t(`stories.status.${s.status}`)}
              </Badge>
            </div>
            <Caption1 className={styles.meta}>
              {showAuthor ? `${s.authorName} · ` : ''}
              {s.department} · {s.publishedAt !== null ? t('stories.list.published', { date: formatDay(s.publishedAt) }) : t('stories.list.submitted', { date: formatDay(s.createdAt) })} · 👏 {s.kudosCount}
            </Caption1>
            <Body1 as="p" className={styles.text}>
              {excerpt(s.problem, 220)}
            </Body1>
            {s.moderationComment !== null && s.status !== 'published' && (
              <Body1 as="p" className={styles.note}>
                <strong>{t('stories.list.noteFrom', { name: s.moderatedByName ?? t('stories.list.theReviewer') })}</strong> {s.moderationComment}
              </Body1>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
