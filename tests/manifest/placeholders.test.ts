import assert from 'node:assert/strict';
import {
  MissingVariablesError,
  fillTemplates,
  fillTemplatesCollecting,
  findPlaceholderUses,
} from '../../src/manifest/placeholders.js';

const template = {
  name: 'manifest.json',
  text: JSON.stringify({
    id: '${{TEAMS_APP_ID}}',
    name: { short: 'Maker Hub${{APP_NAME_SUFFIX}}' },
    bots: [{ botId: '${{BOT_ID}}' }],
    composeExtensions: [{ botId: '${{ BOT_ID }}' }],
  }),
};

describe('manifest placeholders', () => {
  it('when every value is set, then each ${{VAR}} is replaced and the text stays valid JSON', () => {
    const [filled] = fillTemplates([template], { TEAMS_APP_ID: 'a', BOT_ID: 'b', APP_NAME_SUFFIX: ' (dev)' });
    assert.deepEqual(JSON.parse(filled?.text ?? ''), {
      id: 'a',
      name: { short: 'Maker Hub (dev)' },
      bots: [{ botId: 'b' }],
      composeExtensions: [{ botId: 'b' }],
    });
  });

  it('when a value holds quotes, backslashes or newlines, then it is JSON-escaped and cannot break the file', () => {
    const nasty = 'say "hi"\\ \n</script>';
    const [filled] = fillTemplates([template], { TEAMS_APP_ID: nasty, BOT_ID: 'b' }, { optional: ['APP_NAME_SUFFIX'] });
    assert.equal((JSON.parse(filled?.text ?? '') as { id: string }).id, nasty);
  });

  it('when a required value is missing or empty, then the error names each variable and every place it is used', () => {
    assert.throws(
      () =>
        fillTemplates(
          [template],
          { TEAMS_APP_ID: '', APP_NAME_SUFFIX: '' },
          { optional: ['APP_NAME_SUFFIX'], hint: 'set it in env/.env.dev or the environment' },
        ),
      (error: unknown) => {
        assert.ok(error instanceof MissingVariablesError);
        assert.deepEqual(error.missing.map((m) => m.name), ['TEAMS_APP_ID', 'BOT_ID']);
        assert.match(
          error.message,
          /^Missing value for BOT_ID \(used at bots\[0\]\.botId, composeExtensions\[0\]\.botId\); set it in env\/\.env\.dev or the environment$/m,
        );
        assert.match(error.message, /^Missing value for TEAMS_APP_ID \(used at id\)/m);
        return true;
      },
    );
  });

  it('when an optional variable is unset, then it becomes an empty string and is not reported', () => {
    const result = fillTemplatesCollecting([template], { TEAMS_APP_ID: 'a', BOT_ID: 'b' }, { optional: ['APP_NAME_SUFFIX'] });
    assert.deepEqual(result.missing, []);
    assert.match(result.files[0]?.text ?? '', /"short":"Maker Hub"/);
  });

  it('when a localization file uses a variable, then its use is shown with the file name and key', () => {
    const de = { name: 'de.json', text: JSON.stringify({ 'name.short': 'Maker Hub${{APP_NAME_SUFFIX}}' }) };
    const result = fillTemplatesCollecting([de], {});
    assert.deepEqual(result.missing[0]?.usedAt, ['de.json: name.short']);
    assert.deepEqual(result.missing[0]?.pointers, [{ file: 'de.json', pointer: '/name.short' }]);
  });

  it('when placeholders are listed, then each use has a readable path and a JSON pointer', () => {
    const uses = findPlaceholderUses(template.text).filter((u) => u.name === 'BOT_ID');
    assert.deepEqual(uses, [
      { name: 'BOT_ID', path: 'bots[0].botId', pointer: '/bots/0/botId' },
      { name: 'BOT_ID', path: 'composeExtensions[0].botId', pointer: '/composeExtensions/0/botId' },
    ]);
  });
});
