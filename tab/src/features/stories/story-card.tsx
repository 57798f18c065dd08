import { Badge, Body1, Caption1, Card, CardFooter, CardHeader, CardPreview, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Link } from '../../lib/router';
import { useTranslation } from '../../lib/translation';
import { excerpt, formatDay, impactPhrases, productLabels } from './format';
import { KudosButton } from './kudos-button';
import { StoryImage } from './story-image';
import type { StoryView } from './types';

const useStyles = makeStyles({
  card: { height: '100%', boxSizing: 'border-box' },
  image: { aspectRatio: '16 / 9' },
  title: { margin: 0, overflowWrap: 'anywhere' },
  titleLink: {
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { textDecoration: 'underline' },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  text: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  footer: { marginTop: 'auto', alignItems: 'center', justifyContent: 'space-between' },
});

/**
 * A story in the gallery. Every piece of the author's text is rendered as React text (never as
 * HTML), so markup in a story shows as typed.
 */
export function StoryCard({ story, onError }: { readonly story: StoryView; readonly onError: (message: string) => void }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const impact = impactPhrases(t, story);
  return (
    <Card className={styles.card}>
      {(story.imageUrl !== null || story.imageId !== null) && (
        <CardPreview>
          <StoryImage url={story.imageUrl} imageId={story.imageId} title={story.title} className={styles.image} />
        </CardPreview>
      )}
      <CardHeader
        header={
          <Subtitle2 as="h3" className={styles.title}>
            <Link to={`/stories/${story.id}`} className={styles.titleLink}>
              {story.title}
            </Link>
          </Subtitle2>
        }
        description={
          <Caption1 className={styles.meta}>
            {story.department} · {story.authorName} · {formatDay(story.publishedAt)}
          </Caption1>
        }
      />
      <Body1 as="p" className={styles.text}>
        {excerpt(story.problem)}
      </Body1>
      {impact.length > 0 && (
        <ul className={styles.chips} aria-label={t('stories.impact.label')}>
          {impact.map((phrase) => (
            <li key={phrase}>
              <Badge appearance="tint" color="success" shape="rounded">
                {phrase}
              </Badge>
            </li>
          ))}
        </ul>
      )}
      <ul className={styles.chips} aria-label={t('stories.impact.builtWith')}>
        {story.products.map((p) => (
          <li key={p}>
            <Badge appearance="outline" color="brand" shape="rounded">
              {productLabels[p]}
            </Badge>
          </li>
        ))}
      </ul>
      <CardFooter className={styles.footer}>
        <KudosButton storyId={story.id} count={story.kudosCount} given={story.kudosGiven} from={story.kudosFrom} mine={story.mine} size="small" onError={onError} />
      </CardFooter>
    </Card>
  );
}
