// The German counterpart of en.ts, with the same namespaces (see there).
export { common, shell, roles, pages, search, inbox, home, events, training, graph, storyPicture, requestPreview, tickets, ask, faqEditor, config, notFound, stories, activity, period, storyForm, requests, insights, admin, controlRoom } from '../../../src/i18n/locales/de.json';
