import { DEFAULT_LANGUAGE, LANGUAGES } from './languages.js';

/**
 * i18next's settings shared by the bot's instance and the tab's instance, without
 * the catalogues: the bot bundles every language, the tab fetches only the one it speaks.
 */
export const I18N_SETTINGS = {
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // Cards escape what people typed with plain() and React escapes on render: i18next must not HTML-escape too.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
  // Resources are given at init, so initialisation is synchronous and a translator is usable at once.
  initAsync: false,
} as const;
