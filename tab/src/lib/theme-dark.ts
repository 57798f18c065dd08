// Its own module so that the dark theme's tokens are a chunk fetched only when asked for (theme.ts).
export { teamsDarkTheme } from '@fluentui/react-components';
