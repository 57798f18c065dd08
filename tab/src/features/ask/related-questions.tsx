import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyleType: 'none' },
  button: { maxWidth: '100%', textAlign: 'left', fontWeight: tokens.fontWeightRegular, overflowWrap: 'anywhere' },
});

/** Questions worth asking next (other close sources); pressing one asks it, as the bot's buttons do. */
export function RelatedQuestions({ questions, onAsk, title }: { readonly questions: readonly string[]; readonly onAsk: (question: string) => void; readonly title: string }) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={headingId}>
        {questions.map((q) => (
          <li key={q}>
            <Button size="small" shape="circular" className={styles.button} onClick={() => onAsk(q)}>
              {q}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
