// Its own module so that the high-contrast theme's tokens are a chunk fetched only when asked for (theme.ts).
export { teamsHighContrastTheme } from '@fluentui/react-components';
