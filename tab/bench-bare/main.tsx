import { Button, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The yardstick of `npm run bench:tab`: the least a Fluent UI v9 page can be, built with the
// tab's own Vite config, so the tab's first load is compared with what Fluent itself costs.
const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <h1>Bare Fluent page</h1>
      <Button appearance="primary">A Fluent button</Button>
    </FluentProvider>
  </StrictMode>,
);
