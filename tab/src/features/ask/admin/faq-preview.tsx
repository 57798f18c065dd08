import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { quotedAnswer } from '../../../components/surface';
import { Markdown } from '../markdown';

const useStyles = makeStyles({
  root: quotedAnswer,
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface FaqPreviewProps {
  readonly question: string;
  readonly alternates: readonly string[];
  readonly answer: string;
  readonly labels: { readonly title: string; readonly empty: string; readonly also: string };
}

/** The entry as a maker will see it on the Ask page: the same Markdown rendering as a real answer. */
export function FaqPreview({ question, alternates, answer, labels }: FaqPreviewProps) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Caption1 id={headingId} className={styles.muted}>
        {labels.title}
      </Caption1>
      {question !== '' && (
        <Subtitle2 as="h3" className={styles.heading}>
          {question}
        </Subtitle2>
      )}
      {answer.trim() !== '' ? <Markdown text={answer} /> : <Caption1 className={styles.muted}>{labels.empty}</Caption1>}
      {alternates.length > 0 && <Caption1 className={styles.muted}>{`${labels.also} ${alternates.join(' · ')}`}</Caption1>}
    </section>
  );
}
