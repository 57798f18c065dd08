import assert from 'node:assert/strict';
import { catalogueProblems } from '../../src/i18n/catalogue-check.js';
import { CATALOGUES } from '../../src/i18n/catalogues.js';
import { formatLocaleOf, LANGUAGES, languageOf } from '../../src/i18n/languages.js';
import { translatorFor } from '../../src/i18n/translator.js';

describe('i18n catalogues', () => {
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`"${language}" has every English key, its plural forms and the same {{variables}}`, () => {
      assert.deepEqual(catalogueProblems(CATALOGUES.en, CATALOGUES[language], language), []);
    });
  }

  it('the check reports a missing key, a renamed variable, a missing plural form and a leftover key', () => {
    const en = { events: { title: 'Events', going_one: '{{count}} going', going_other: '{{count}} going' }, home: { hi: 'Hi, {{name}}' } };
    const broken = { events: { going_other: '{{count}} Zusagen', old: 'Alt' }, home: { hi: 'Hallo, {{person}}' } };
    assert.deepEqual(catalogueProblems(en, broken, 'de'), [
      'de: missing "events.title"',
      'de: "events.going" lacks the plural form "one"',
      'de: "home.hi" uses {{person}}, English uses {{name}}',
      'de: "events.old" is not in English (a leftover or a typo)',
    ]);
  });
});

describe('i18n locale resolution and formatting', () => {
  it('maps Teams locales to a language we speak, and anything else to English', () => {
    assert.equal(languageOf('de-DE'), 'de');
    assert.equal(languageOf('de-at'), 'de');
    assert.equal(languageOf('de_CH'), 'de');
    assert.equal(languageOf('en-GB'), 'en');
    assert.equal(languageOf('fr-FR'), 'en');
    assert.equal(languageOf(''), 'en');
    assert.equal(languageOf(undefined), 'en');
    assert.equal(languageOf('<script>'), 'en');
    assert.equal(languageOf('x'.repeat(5000)), 'en');
  });

  it('formats in the client locale for a language we speak, else in English', () => {
    assert.equal(formatLocaleOf('de-de'), 'de-DE');
    assert.equal(formatLocaleOf('en-GB'), 'en-GB');
    assert.equal(formatLocaleOf('fr-FR'), 'en');
    const de = translatorFor('de-DE');
    assert.equal(de.number(1234.5), '1.234,5');
    assert.equal(de.date('2026-03-29T08:00:00Z', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }), '29. März 2026');
    assert.equal(translatorFor('fr-FR').date('2026-03-29T08:00:00Z', { day: 'numeric', month: 'long', timeZone: 'UTC' }), 'March 29');
  });

  it('translates with plurals and variables, and falls back to English for an unknown locale', () => {
    const de = translatorFor('de-DE');
    assert.equal(de.t('events.counts.going', { count: 1 }), '1 Zusage');
    assert.equal(de.t('events.counts.going', { count: 3 }), '3 Zusagen');
    assert.equal(de.t('home.title', { name: 'Ada <b>' }), 'Willkommen, Ada <b>');
    assert.equal(translatorFor('fr-FR').t('home.title', { name: 'Ada' }), 'Welcome, Ada');
    assert.equal(translatorFor('zz').language, 'en');
  });
});
