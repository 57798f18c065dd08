import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Body1, Button, makeStyles, Title3, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
  },
  text: { margin: 0 },
});

function CrashMessage() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.text}>
        Maker Hub ran into a problem
      </Title3>
      <Body1 as="p" className={styles.text}>
        Something unexpected happened while showing this page. Reloading usually fixes it.
      </Body1>
      <Button appearance="primary" onClick={() => window.location.reload()}>
        Reload
      </Button>
    </main>
  );
}

/** Last line of defence: a rendering bug shows a calm message instead of a blank tab. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Maker Hub tab crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
