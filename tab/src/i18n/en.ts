// The namespaces the tab shows, picked by name so the bundler leaves the bot's ("bot": cards,
// help, commands) out of the tab's chunk. A namespace the tab starts using must be added here and
// in de.ts: until then its keys are a compile error in the tab (CustomTypeOptions in lib/i18n.ts).
export { common, shell, roles, pages, search, inbox, home, events, training, graph, storyPicture, requestPreview, tickets, ask, faqEditor, config, notFound, stories, activity, period, storyForm, requests, insights, admin, controlRoom } from '../../../src/i18n/locales/en.json';
