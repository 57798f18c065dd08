/**
 * The tab's translator (tab/src/lib/translator.ts) gives i18next's answers: every key of every
 * catalogue, with each of its {{variables}} filled and, for plural keys, counts across the plural
 * categories, is translated by both and compared, in every language; so are the fallbacks (English
 * for a key the language lacks or holds empty, a default, the key itself) and the report of an
 * unknown key. The bot keeps i18next, so a catalogue change that the two read differently fails here.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import i18next, { type TFunction } from 'i18next';
import de from '../../src/i18n/locales/de.json' with { type: 'json' };
import en from '../../src/i18n/locales/en.json' with { type: 'json' };
import { LANGUAGES, type Language } from '../../src/i18n/languages.js';
import { I18N_SETTINGS } from '../../src/i18n/options.js';
import { TabTranslator, type Interpolate } from '../../tab/src/lib/translator.js';

type Words = { readonly [key: string]: string | Words };
// The templite the tab bundles (a CommonJS module whose types describe its ES build).
const templite = createRequire(import.meta.url)('templite') as Interpolate;
const tabTranslator = (language: Language, onMissing: (key: string) => void) => new TabTranslator(language, { fallbackLanguage: 'en', interpolate: templite, onMissing });

const catalogues: Record<Language, Words> = { en, de };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function leaves(words: Words, prefix = ''): Array<[string, string]> {
  return Object.entries(words).flatMap(([name, value]) => (typeof value === 'string' ? [[`${prefix}${name}`, value] as [string, string]] : leaves(value, `${prefix}${name}.`)));
}

function i18nextFor(language: Language, resources: Record<Language, Words>, missing: string[] = []): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    ...I18N_SETTINGS,
    lng: language,
    resources: Object.fromEntries(Object.entries(resources).map(([lng, words]) => [lng, { translation: words }])),
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => missing.push(key),
  });
  return instance.getFixedT(language);
}

/** The tab's translator as a page load builds it: the language's words, English beside them. */
function translatorFor(language: Language, resources: Record<Language, Words>, missing: string[] = []): TabTranslator {
  const translator = tabTranslator(language, (key) => missing.push(key));
  translator.add(language, resources[language]);
  if (language !== 'en') translator.add('en', resources.en);
  return translator;
}

describe('the tab translator against i18next', () => {
  for (const language of LANGUAGES) {
    it(`translates every key of the catalogues as i18next does, in ${language}`, () => {
      const reference = i18nextFor(language, catalogues);
      const translator = translatorFor(language, catalogues);
      const all = new Map<string, Set<string>>();
      for (const lng of LANGUAGES) {
        for (const [key, text] of leaves(catalogues[lng])) {
          const base = key.replace(PLURAL, '');
          const variables = all.get(base) ?? new Set<string>();
          for (const match of text.matchAll(/{{\s*([^}\s]+)\s*}}/g)) variables.add(match[1]!);
          all.set(base, variables);
          if (base !== key) all.set(key, variables);
        }
      }
      const plurals = new Set(leaves(catalogues.en).flatMap(([k]) => (PLURAL.test(k) ? [k.replace(PLURAL, '')] : [])));
      let compared = 0;
      for (const [key, variables] of all) {
        const values = Object.fromEntries([...variables].map((name) => [name, `‹${name}›`]));
        const counts = plurals.has(key) ? [0, 1, 2, 5, 21, 1.5] : [];
        for (const options of [values, ...counts.map((count) => ({ ...values, count }))]) {
          assert.equal(translator.t(key, options), reference(key as never, options as never), `${language} ${key} ${JSON.stringify(options)}`);
          compared += 1;
        }
      }
      assert.ok(compared > 1000, `only ${compared} translations compared`);
    });
  }

  it('stands in English for a key the language lacks or holds empty, as i18next does', () => {
    const partial: Record<Language, Words> = { en: { a: { only: 'English {{name}}', empty: 'English too' } }, de: { a: { empty: '' } } };
    const reference = i18nextFor('de', partial);
    const translator = translatorFor('de', partial);
    for (const key of ['a.only', 'a.empty']) assert.equal(translator.t(key, { name: 'Kim' }), reference(key as never, { name: 'Kim' } as never));
    assert.equal(translator.t('a.only', { name: 'Kim' }), 'English Kim');
  });

  it('answers an unknown key with its default or itself and reports it, as i18next does', () => {
    const missingReference: string[] = [];
    const missingTab: string[] = [];
    const reference = i18nextFor('en', catalogues, missingReference);
    const translator = translatorFor('en', catalogues, missingTab);
    for (const [key, options] of [['no.such.key', {}], ['no.such.other', { defaultValue: 'Hello {{name}}', name: 'Kim' }]] as const) {
      assert.equal(translator.t(key, options), reference(key as never, options as never));
    }
    assert.equal(translator.t('no.such.other', { defaultValue: 'Hello {{name}}', name: 'Kim' }), 'Hello Kim');
    assert.deepEqual(missingTab, ['no.such.key', 'no.such.other', 'no.such.other']);
    assert.deepEqual(missingReference, ['no.such.key', 'no.such.other']);
    translator.t('common.cancel');
    assert.equal(missingTab.length, 3, 'a known key is not reported');
  });

  it('keeps the words it already holds when a later part repeats a key, and reads one language on its own', () => {
    const translator = tabTranslator('de', () => undefined);
    translator.add('de', { p: { title: 'Erste', kept: 'Bleibt' } });
    translator.add('de', { p: { title: 'Zweite', added: 'Neu' } });
    assert.deepEqual(['p.title', 'p.kept', 'p.added'].map((key) => translator.t(key)), ['Erste', 'Bleibt', 'Neu']);
    assert.equal(translator.resource('de', 'p.added'), 'Neu');
    assert.equal(translator.resource('en', 'p.added'), undefined);
  });
});
