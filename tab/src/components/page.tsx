import { Body1, makeStyles, mergeClasses, Subtitle1, Title3, tokens } from '@fluentui/react-components';
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
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
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

export interface PageSectionProps {
  /** The section's h2, under the page's h1; also the region's name for screen readers. */
  readonly title: ReactNode;
  /** Overrides of the section's own styles. */
  readonly className?: string;
  readonly children?: ReactNode;
}

/**
 * A titled part of a page. It lives beside {@link Page} so that one file decides the heading
 * levels: the page's title is the only h1, each section's an h2, and cards inside use h3.
 */
export function PageSection({ title, className, children }: PageSectionProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={mergeClasses(styles.section, className)} aria-labelledby={headingId}>
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {title}
      </Subtitle1>
      {children}
    </section>
  );
}
