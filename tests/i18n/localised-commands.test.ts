import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { LOCALISED_COMMAND_TITLES } from '../../bot/command-titles.js';
import { normalise } from '../../bot/commands.js';
import { cardText, postActivity } from '../helpers/bot-client.js';
import { personalMessage } from '../helpers/activities.js';
import { ConnectorStub } from '../helpers/connector-stub.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface CommandList {
  commands: Array<{ title: string }>;
}
const manifest = JSON.parse(readFileSync('manifest/manifest.json', 'utf8')) as { bots: Array<{ commandLists: CommandList[] }> };
const languages = readdirSync('manifest').filter((f) => /^[a-z]{2}(?:-[a-z]{2})?\.json$/i.test(f));

/** Every localised command title of one localisation file, with the English title at the same place. */
function localisedTitles(file: string): Array<{ localised: string; english: string }> {
  const strings = JSON.parse(readFileSync(`manifest/${file}`, 'utf8')) as Record<string, string>;
  return Object.entries(strings).flatMap(([key, value]) => {
    const at = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.title$/.exec(key);
    if (!at) return [];
    const english = manifest.bots[0]!.commandLists[Number(at[1])]!.commands[Number(at[2])]!.title;
    return [{ localised: value, english }];
  });
}

describe('bot: the command menu in the client language', () => {
  it('when the manifest is localised, then every localised menu title is known to the bot and means the English title at the same place', () => {
    assert.ok(languages.includes('de.json'), 'German is shipped');
    for (const file of languages) {
      const table = LOCALISED_COMMAND_TITLES[file.replace('.json', '').toLowerCase()] ?? {};
      const titles = localisedTitles(file);
      assert.ok(titles.length > 0, `${file} localises the command menu`);
      for (const { localised, english } of titles) assert.equal(table[normalise(localised)], english, `${file}: "${localised}"`);
    }
  });

  describe('through the bot endpoint', function () {
    this.timeout(30_000);
    let stub: ConnectorStub;
    let t: TestApp;
    before(async () => {
      stub = await new ConnectorStub().start();
      t = await startTestApp({ SEED_SAMPLE_CONTENT: 'true' });
    });
    after(async () => {
      await t.close();
      await stub.stop();
    });

    /** What the bot answers to one message: every card's text and every plain text reply. */
    async function reply(text: string): Promise<string> {
      stub.reset();
      const res = await postActivity(t.baseUrl, personalMessage(text, { serviceUrl: stub.url }));
      assert.equal(res.status, 200);
      const texts = stub.calls.filter((c) => c.method === 'POST' && c.activity?.type === 'message').map((c) => (c.activity?.text as string | undefined) ?? '');
      return [...texts, ...stub.cards().map(cardText)].join('\n---\n');
    }

    const menu = new Map(localisedTitles('de.json').map((t) => [t.localised, t.english]));
    for (const [localised, english] of [...menu].filter(([, english]) => english !== 'ask')) {
      it(`when a German maker picks "${localised}" from the menu, then the bot does what "${english}" does`, async () => {
        const german = await reply(localised);
        assert.doesNotMatch(german, /I'm not sure about that one/);
        assert.equal(german, await reply(english));
      });
    }

    it('when a German maker asks with "Fragen …", then the question is answered without the command word', async () => {
      const german = await reply('Fragen how do I get a developer environment?');
      assert.equal(german, await reply('ask how do I get a developer environment?'));
    });
  });
});
