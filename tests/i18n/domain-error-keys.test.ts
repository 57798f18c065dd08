/**
 * The errors the domain throws on purpose speak through catalogue keys, so the tab and the bot can
 * show them in the reader's language. A plain English sentence thrown in a converted capability
 * would reach German readers in English: this scan refuses it, and refuses a key that one of the
 * catalogues lacks (say() is typed against English; German is checked here).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CATALOGUES, type Catalogue } from '../../src/i18n/catalogues.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { anyOf, render, say, term } from '../../src/domain/shared/error-text.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../src/domain/shared/errors.js';
import { localizedError } from '../../src/i18n/domain-errors.js';
import { translatorFor } from '../../src/i18n/translator.js';

/** Every capability, so a new one is held to the rule from its first line. */
const KEYED = readdirSync('src/domain').filter((name) => statSync(path.join('src/domain', name)).isDirectory());
/** Read by operators at start-up (content files), never shown to a person in Teams. */
const OPERATOR_ONLY = new Set(['src/domain/ask/faq-file.ts']);

const ERROR = /new (ValidationError|ForbiddenError|NotFoundError|ConflictError|RateLimitedError)\(\s*(['"`])/g;
/** A field message given as text rather than say(...): `{ comment: 'Too long.' }` inside a ValidationError. */
const FIELD_TEXT = /new ValidationError\([^;]*?,\s*\{[^;]*?\w+:\s*['"`]/g;
const KEY = /['"`](errors\.[\w.-]+)['"`]/g;
/** say('key', { values }) calls, blanked so a value given as text is not read as a field message. */
const SAY = /say\(\s*['"`][^'"`]*['"`]\s*(,\s*\{[^{}]*\})?\s*\)/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function has(catalogue: Catalogue, key: string): boolean {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string';
}

describe('domain errors: catalogue keys', () => {
  for (const capability of KEYED) {
    it(`when ${capability} throws on purpose, then it names a catalogue key, not an English sentence`, () => {
      const offenders = files(path.join('src/domain', capability)).filter((file) => !OPERATOR_ONLY.has(file.split(path.sep).join('/'))).flatMap((file) => {
        const source = readFileSync(file, 'utf8').replace(SAY, 'say()');
        return [...source.matchAll(ERROR), ...source.matchAll(FIELD_TEXT)].map((m) => `${file}: ${m[0].slice(0, 80)}`);
      });
      assert.deepEqual(offenders, []);
    });
  }

  it('when src/domain names an errors.* key, then every language has it', () => {
    const missing = files('src/domain').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(KEY)].flatMap((m) => LANGUAGES.filter((l) => !has(CATALOGUES[l], m[1]!)).map((l) => `${l}: ${m[1]} (${file})`)),
    );
    assert.deepEqual(missing, []);
  });

  it('when an error is read in German, then its words and terms are German; without a translator it is the English it always was', () => {
    const error = new ForbiddenError(say('errors.identity.onlyRoles', { roles: anyOf(['errors.identity.role.champion', 'errors.identity.role.coe-admin']) }));
    assert.equal(error.message, 'Only a champion or a CoE admin can do that.');
    assert.equal(render(error.text!, translatorFor('de-DE')), 'Nur Champions oder CoE-Admins können das tun.');
    const conflict = new ConflictError(say('errors.environments.cannotMove', { what: term('errors.moves.cancelled'), status: term('errors.environments.state.provisioned') }));
    assert.equal(conflict.message, "This request can't be cancelled any more: it is ready.");
    assert.equal(localizedError(conflict, translatorFor('de-AT')).message, 'Diese Anfrage kann nicht mehr storniert werden. Aktueller Status: Bereit.');
  });

  it('when a validation error has field messages, then each is translated and an English-only one stays as it is', () => {
    const error = new ValidationError(say('errors.environments.checkAnswers'), { displayName: say('errors.environments.field.nameMissing'), legacy: 'Too long.' });
    assert.deepEqual(error.fields, { displayName: 'Give the environment a name.', legacy: 'Too long.' });
    assert.deepEqual(localizedError(error, translatorFor('de-DE')), {
      message: 'Einige Angaben müssen noch einmal geprüft werden.',
      fields: { displayName: 'Geben Sie der Umgebung einen Namen.', legacy: 'Too long.' },
    });
    assert.deepEqual(localizedError(error, translatorFor('fr-FR')), { message: 'Some answers need another look.', fields: error.fields });
  });
});
