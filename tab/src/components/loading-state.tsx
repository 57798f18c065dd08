import { makeStyles, Spinner, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    justifyContent: 'center',
    padding: `${tokens.spacingVerticalXXXL} 0`,
  },
});

/** A labelled spinner, announced politely to screen readers. */
export function LoadingState({ label }: { readonly label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <Spinner label={label} labelPosition="below" />
    </div>
  );
}
