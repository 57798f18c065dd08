// The namespaces the tab shows: the type of the tab's keys (TabCatalogue in lib/catalogue.ts); the
// bot's ("bot": cards, help, commands) stays out. A namespace the tab starts using must be added
// here and in de.ts (until then its keys are a compile error in the tab, CustomTypeOptions in
// lib/i18n.ts), and to the list of the page that shows it in app/page-words.ts, which decides
// which chunk carries its words.
export { common, shell, roles, pages, search, inbox, home, events, training, graph, storyPicture, requestPreview, tickets, ask, faqEditor, config, notFound, stories, activity, period, storyForm, requests, insights, admin, controlRoom } from '../../../src/i18n/locales/en.json';
