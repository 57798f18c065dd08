import { Badge, Body1, Link as FluentLink, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { OpenRegular } from '@fluentui/react-icons';
import { useTranslation } from '../../lib/translation';
import { formatMoney, formatNumber, productLabels } from './format';
import { StoryImage } from './story-image';
import type { StoryView } from './types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '75ch' },
  image: { maxHeight: '360px', borderRadius: tokens.borderRadiusLarge },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  // The author's own line breaks are kept; the text stays text (React escapes it).
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

/** Only web links are offered (the server allows no others; a stored value from elsewhere is not trusted). */
function safeLink(url: string | null): string | undefined {
  return url !== null && /^https?:\/\//i.test(url) ? url : undefined;
}

/** The whole story: picture, problem, solution, impact, products and the link to see it. */
export function StoryDetails({ story }: { readonly story: StoryView }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const link = safeLink(story.linkUrl);
  const facts: Array<[string, string]> = [];
  if (story.hoursSavedPerMonth !== null) facts.push([t('stories.details.timeSaved'), t('stories.details.hoursAMonth', { hours: formatNumber(story.hoursSavedPerMonth) })]);
  if (story.peopleServed !== null) facts.push([t('stories.details.peopleServed'), formatNumber(story.peopleServed)]);
  if (story.costAvoided !== null && story.currency !== null) facts.push([t('stories.details.costAvoided'), t('stories.details.costAYear', { amount: formatMoney(story.costAvoided, story.currency) })]);
  facts.push([t('stories.details.team'), story.department]);
  return (
    <div className={styles.root}>
      <StoryImage url={story.imageUrl} imageId={story.imageId} title={story.title} className={styles.image} />
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t('stories.details.problem')}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {story.problem}
        </Body1>
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t('stories.details.built')}
        </Subtitle2>
        <Body1 as="p" className={styles.text}>
          {story.solution}
        </Body1>
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {t('stories.details.impact')}
        </Subtitle2>
        <dl className={styles.facts}>
          {facts.map(([term, value]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
        <div className={styles.chips} aria-label={t('stories.impact.builtWith')} role="group">
          {story.products.map((p) => (
            <Badge key={p} appearance="outline" color="brand" shape="rounded">
              {productLabels[p]}
            </Badge>
          ))}
        </div>
      </section>
      {link !== undefined && (
        <FluentLink href={link} target="_blank" rel="noopener noreferrer">
          {t('stories.details.seeInAction')} <OpenRegular aria-label={t('stories.details.newWindow')} />
        </FluentLink>
      )}
    </div>
  );
}
