import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  image: { display: 'block', width: '100%', objectFit: 'cover', backgroundColor: tokens.colorNeutralBackground3 },
});

/**
 * A story's picture. Its address is user content: only https is shown (the server allows no
 * other), it loads lazily, sends no referrer, and disappears quietly if it cannot be loaded.
 */
export function StoryImage({ url, title, className }: { readonly url: string | null; readonly title: string; readonly className?: string }) {
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  if (url === null || failed || !url.startsWith('https://')) return null;
  return <img src={url} alt={`Picture for “${title}”`} loading="lazy" referrerPolicy="no-referrer" className={mergeClasses(styles.image, className)} onError={() => setFailed(true)} />;
}
