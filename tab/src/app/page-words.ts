/**
 * Which words of the catalogue (src/i18n/locales/<language>.json) travel with which chunk: the
 * first load carries `first` (the shell and Home), and each lazy page fetches its own list in
 * parallel with its code (routes.tsx names the list per route, lib/page-words.ts adds it to
 * i18next before the page renders). An entry is a namespace ("events") or a part of one
 * ("events.standing"); the build fails on an entry the catalogues do not have
 * (tab/vite-plugins/catalogue-parts.ts), and tests/tab/page-words.test.ts fails when a page
 * uses a key its lists do not carry. A new namespace goes here and in i18n/en.ts and de.ts.
 *
 * Plain data without imports: vite.config.ts reads it in Node.
 */
export const pageWords = {
  first: [
    'common',
    'shell',
    'roles',
    'pages',
    'search',
    'inbox',
    'home',
    // Home's sections show an event's standing and the recommended training; events/format.ts,
    // whose dates Home uses, also writes counts and seats (tests/tab/page-words.test.ts reads
    // whole files, so a file's keys come together).
    'events.standing',
    'events.counts',
    'events.seats',
    'events.planned',
    'training.recommendation',
    'training.kind',
    'training.duration',
    'training.progressLabel',
    'training.modulesDone',
  ],
  ask: ['tickets', 'stories', 'ask', 'faqEditor'],
  training: ['training'],
  events: ['events', 'graph'],
  stories: ['stories', 'storyPicture', 'storyForm', 'notFound'],
  requests: ['requestPreview', 'graph', 'requests'],
  admin: ['events', 'graph', 'period', 'requestPreview', 'stories', 'storyPicture', 'tickets', 'training', 'admin', 'controlRoom', 'faqEditor', 'ask.answer.grade', 'requests', 'insights.adminLink'],
  insights: ['period', 'tickets', 'insights', 'stories', 'faqEditor', 'ask.answer.grade'],
  activity: ['activity', 'period', 'insights'],
  search: [],
  config: ['config'],
  notFound: ['notFound'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A list of pageWords: what a lazy page names in routes.tsx. */
export type WordsPart = keyof typeof pageWords;
