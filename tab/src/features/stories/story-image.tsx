import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from '../../lib/translation';
import { useStoryPicture } from './use-story-picture';

const useStyles = makeStyles({
  image: { display: 'block', width: '100%', objectFit: 'cover', backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * A story's picture: an uploaded one (fetched with the viewer's sign-in), else its address. The
 * address is user content: only https is shown (the server allows no other), it loads lazily,
 * sends no referrer, and disappears quietly if it cannot be loaded.
 */
export function StoryImage({ url, imageId = null, title, className }: { readonly url: string | null; readonly imageId?: string | null; readonly title: string; readonly className?: string }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const uploaded = useStoryPicture(imageId);
  const src = imageId ? uploaded : url !== null && url.startsWith('https://') ? url : null;
  if (src === null || failed) return null;
  return <img src={src} alt={t('storyPicture.alt', { title })} loading="lazy" referrerPolicy="no-referrer" className={mergeClasses(styles.image, className)} onError={() => setFailed(true)} />;
}
