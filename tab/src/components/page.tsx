import { Body1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useDocumentTitle } from './use-document-title';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
  },
  description: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    maxWidth: '70ch',
  },
});

export interface PageProps {
  /** The page's h1; also its document title unless `documentTitle` is given. */
  readonly title: string;
  /** A shorter, stable document title (e.g. "Home" when the h1 greets the user). */
  readonly documentTitle?: string;
  /** One sentence under the heading saying what the page is for. */
  readonly description?: ReactNode;
  readonly children?: ReactNode;
}

/** Every page's frame: an h1, an optional description, the content; sets the document title. */
export function Page({ title, documentTitle, description, children }: PageProps) {
  const styles = useStyles();
  const headingId = useId();
  useDocumentTitle(documentTitle ?? title);
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Title3 as="h1" id={headingId} className={styles.heading}>
          {title}
        </Title3>
        {description !== undefined && (
          <Body1 as="p" className={styles.description}>
            {description}
          </Body1>
        )}
      </div>
      {children}
    </section>
  );
}
