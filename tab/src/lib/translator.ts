// No imports, so the server's tests can import this file as it is (tests/tab/translator.test.ts).

/** Some of a catalogue's words, nested as in the catalogue (lib/catalogue.ts's Words). */
type Words = { readonly [key: string]: string | Words };

/** Fills a text's {{variables}}: templite in the tab (lib/i18n.ts). */
export type Interpolate = (text: string, values: TranslateOptions) => string;

export interface TabTranslatorOptions {
  /** The language standing in for a key the page's language lacks (the catalogues' English). */
  readonly fallbackLanguage: string;
  readonly interpolate: Interpolate;
  /** Told of every key no language holds. */
  readonly onMissing: (key: string) => void;
}

/** What t() takes besides the key: the words' {{variables}}, `count` for plurals, a default for an unknown key. */
export interface TranslateOptions {
  readonly count?: number;
  readonly defaultValue?: string;
  readonly [variable: string]: unknown;
}

/**
 * The tab's translator: reads the same i18next JSON v4 catalogues as the bot's i18next and gives
 * the same answers for everything they hold, which `tests/tab/translator.test.ts` checks key by
 * key in every language against i18next itself. i18next stays the bot's library; in the tab it was
 * 14.7 KB of Home's first load (docs/tab-speed.md round eight) for four things: a dotted key
 * looked up in the page's language and then in English, the plural form (`_zero` for a count of 0
 * when written, then the language's CLDR category from Intl.PluralRules, then the bare key), an
 * unknown key reported and shown as its default or itself, and {{variable}} interpolation, which
 * templite does (values as they are: React escapes, as with i18next's `escapeValue: false`).
 */
export class TabTranslator<Language extends string = string> {
  private readonly tables = new Map<Language, Map<string, string>>();
  private readonly plurals = new Map<Language, Intl.PluralRules>();

  constructor(
    readonly language: Language,
    private readonly options: TabTranslatorOptions & { readonly fallbackLanguage: Language },
  ) {}

  /** Adds some words in a language; a key already held keeps its words (as i18next's addResourceBundle without overwrite). */
  add(language: Language, words: Words): void {
    let table = this.tables.get(language);
    if (table === undefined) this.tables.set(language, (table = new Map()));
    for (const [key, text] of flatten(words)) if (!table.has(key)) table.set(key, text);
  }

  /** The words held for a key in one language, untranslated and uninterpolated (optional catalogue entries). */
  resource(language: Language, key: string): string | undefined {
    return this.tables.get(language)?.get(key);
  }

  /** The words for a key in the page's language, English standing in for a key it lacks. */
  readonly t = (key: string, options: TranslateOptions = {}): string => {
    const found = this.find(key, typeof options.count === 'number' ? options.count : undefined);
    if (found === undefined) this.options.onMissing(key);
    const text = found ?? options.defaultValue ?? key;
    return text.includes('{{') ? this.options.interpolate(text, options) : text;
  };

  private find(key: string, count: number | undefined): string | undefined {
    const { fallbackLanguage } = this.options;
    const languages = this.language === fallbackLanguage ? [this.language] : [this.language, fallbackLanguage];
    for (const language of languages) {
      const table = this.tables.get(language);
      // i18next's returnEmptyString: false — an empty entry counts as missing.
      for (const candidate of this.candidates(language, key, count)) {
        const text = table?.get(candidate);
        if (text) return text;
      }
    }
    return undefined;
  }

  /** The keys i18next tries for a count, in its order: `_zero` for 0, the language's plural category, the bare key. */
  private candidates(language: Language, key: string, count: number | undefined): string[] {
    if (count === undefined) return [key];
    let rules = this.plurals.get(language);
    if (rules === undefined) this.plurals.set(language, (rules = new Intl.PluralRules(language)));
    return [...(count === 0 ? [`${key}_zero`] : []), `${key}_${rules.select(count)}`, key];
  }
}

/** Nested words as dotted keys: { ask: { title: 'Ask' } } → ['ask.title', 'Ask']. */
function* flatten(words: Words, prefix = ''): Generator<[string, string]> {
  for (const [name, value] of Object.entries(words)) {
    if (typeof value === 'string') yield [`${prefix}${name}`, value];
    else yield* flatten(value, `${prefix}${name}.`);
  }
}
