// The German counterpart of en.ts, with the same namespaces (see there).
export { common, shell, roles, pages, search, inbox, home, events, training, graph, admin, controlRoom, storyPicture, requestPreview, tickets, stories, activity, period } from '../../../src/i18n/locales/de.json';
