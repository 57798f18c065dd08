import assert from 'node:assert/strict';
import { ENGLISH } from '../../src/i18n/translator.js';
import type { Story } from '../../src/domain/stories/types.js';
import { cardText } from '../helpers/bot-client.js';
import { buttons } from '../helpers/environment-requests.js';
import { authorCard, deleteConfirmCard, myStoriesCard } from '../../bot/cards/stories/author.js';
import { storyFormCard } from '../../bot/cards/stories/form.js';
import { reviewCard } from '../../bot/cards/stories/review.js';
import { kudosLabel, kudosNames, showcaseCard } from '../../bot/cards/stories/showcase.js';
import { STORY_RENDERERS } from '../../bot/delivery/templates/stories.js';
import { STORY_PRODUCTS, PRODUCT_LABEL } from '../../src/domain/stories/types.js';

const XSS_TITLE = '<img src=x onerror=alert(1)> **[click](javascript:alert(1))**';

function story(overrides: Partial<Story> = {}): Story {
  return {
    id: '6f1c2f4e-8b1a-4c7e-9d55-2a3b4c5d6e7f',
    authorId: 'u-1',
    authorName: 'Mia _the_ Maker',
    title: XSS_TITLE,
    problem: '# Not a heading\n- not a list\n<script>alert(1)</script> `code` ~~strike~~',
    solution: 'x'.repeat(3000),
    products: ['power-apps', 'copilot-studio'],
    hoursSavedPerMonth: 12.5,
    peopleServed: 1200,
    costAvoided: 15000,
    currency: 'EUR',
    department: 'Finance [EMEA]',
    imageUrl: 'https://contoso.example/a.png',
    imageId: null,
    imageToken: null,
    linkUrl: 'https://contoso.example/app',
    status: 'published',
    moderationComment: null,
    moderatedBy: null,
    moderatedByName: null,
    moderatedAt: null,
    publishedAt: '2026-03-02T09:00:00.000Z',
    kudosCount: 3,
    showcasePosts: [],
    reviewCard: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

/** Every TextBlock and FactSet text of a card (what Teams renders as Markdown). */
function markdownTexts(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (o.type === 'FactSet') for (const f of o.facts as Array<{ title: string; value: string }>) out.push(f.title, f.value);
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

describe('story cards (pure builders)', () => {
  const url = 'https://teams.microsoft.com/l/entity/app/stories';

  it('when a story contains HTML and Markdown, then every card shows it as typed: each special character is escaped', () => {
    const cards = [
      showcaseCard({ story: story(), storyUrl: url }),
      reviewCard({ story: story({ status: 'pending' }), storyUrl: url }),
      authorCard({ story: story({ status: 'changes-requested', moderationComment: '**bold** [x](javascript:alert(1))', moderatedByName: 'Chris' }), storyUrl: url }),
      deleteConfirmCard(story()),
      myStoriesCard({ stories: [story()], storiesUrl: url }),
    ];
    for (const card of cards) {
      const texts = markdownTexts(card).join('\n');
      assert.ok(!/(^|[^\\])<(img|script)/.test(texts), `raw HTML reached a card:\n${texts}`);
      assert.ok(!/(^|[^\\])\*\*\[click/.test(texts), 'raw Markdown emphasis/link reached a card');
      assert.ok(!/(^|[^\\])\[click\]\(javascript/.test(texts), 'a javascript: link reached a card');
    }
    const shown = markdownTexts(cards[0]).join('\n');
    assert.ok(shown.includes('\\<img src=x onerror=alert(1)\\> \\*\\*\\[click\\](javascript:alert(1))\\*\\*'));
    assert.ok(shown.includes('\\# Not a heading') && shown.includes('\\- not a list') && shown.includes('\\<script\\>'));
    assert.ok(shown.includes('Mia \\_the\\_ Maker') && shown.includes('Finance \\[EMEA\\]'));
    assert.ok(markdownTexts(cards[2]).join('\n').includes('\\*\\*bold\\*\\* \\[x\\](javascript:alert(1))'));
  });

  it('when a story is shown in a channel, then the card is Adaptive Cards 1.5, at most 6 actions, long text shortened, well under 28 KB', () => {
    const longest = story({ title: 'T'.repeat(120), problem: 'p '.repeat(1000), solution: 's '.repeat(1000), department: 'D'.repeat(80) });
    for (const card of [showcaseCard({ story: longest, storyUrl: url }), reviewCard({ story: { ...longest, status: 'pending' }, storyUrl: url })]) {
      assert.equal(card.version, '1.5');
      assert.ok((card.actions ?? []).length <= 6);
      assert.ok(JSON.stringify(card).length < 12_000, `card is ${JSON.stringify(card).length} bytes`);
    }
    const text = cardText(showcaseCard({ story: longest, storyUrl: url }));
    assert.ok(text.includes('…'), 'long text ends with an ellipsis');
    assert.ok(!text.includes('p '.repeat(400)), 'the channel card shows an excerpt');
  });

  it('when kudos change, then the button carries the count and only the clicker’s copy says what they did', () => {
    assert.equal(kudosLabel(0), '👏 Give kudos');
    assert.equal(kudosLabel(7), '👏 Kudos · 7');
    assert.equal(kudosNames(['Ada']), 'Ada');
    assert.equal(kudosNames(['Ada', 'Ben', 'Cy']), 'Ada, Ben and Cy');
    assert.equal(kudosNames(['Ada', 'Ben', 'Cy', 'Di', 'Ed']), 'Ada, Ben, Cy and 2 others');
    assert.ok(cardText(showcaseCard({ story: story(), storyUrl: url, kudosFrom: ['Ada <b>', 'Ben'] })).includes('Kudos from Ada'), 'names are listed');
    const shared = showcaseCard({ story: story(), storyUrl: url });
    assert.deepEqual(buttons(shared), ['👏 Kudos · 3', 'Read the full story', 'See it in action']);
    assert.ok(!cardText(shared).includes('You gave kudos'));
    assert.ok(cardText(showcaseCard({ story: story(), storyUrl: url, viewerGaveKudos: true })).includes('You gave kudos'));
    assert.deepEqual(buttons(showcaseCard({ story: story({ linkUrl: null }), storyUrl: url })), ['👏 Kudos · 3', 'Read the full story']);
  });

  it('when a story is deleted, then its channel card keeps nothing of it and its review card offers no decision', () => {
    const removed = showcaseCard({ story: story({ status: 'deleted' }), storyUrl: url });
    assert.ok(cardText(removed).includes('This story was removed'));
    assert.ok(!cardText(removed).includes('img'));
    assert.equal(reviewCard({ story: story({ status: 'deleted' }), storyUrl: url }).actions, undefined);
  });

  it('when the form is built, then every product is a checkbox, errors sit under their fields and the values are kept', () => {
    const options = { products: STORY_PRODUCTS.map((value) => ({ value, label: PRODUCT_LABEL[value] })), currencies: ['USD', 'EUR'] };
    const form = storyFormCard({ mode: 'new', surface: 'chat', submissionKey: 'k', options, values: { title: 'Hi', products: 'power-bi,dataverse' }, errors: { title: 'Too short.' } });
    const json = JSON.stringify(form);
    assert.ok(json.includes('"isMultiSelect":true'));
    assert.ok(json.includes('"value":"power-bi,dataverse"'));
    const body = JSON.stringify(form.body);
    assert.ok(body.indexOf('⚠ Too short.') > body.indexOf('"id":"title"') && body.indexOf('⚠ Too short.') < body.indexOf('"id":"problem"'), 'the error follows its field');
    assert.deepEqual(buttons(form), ['Submit story']);
  });

  it('when the delivery engine renders a story template, then it gets the card, and a payload that does not fit is refused clearly', () => {
    const activity = STORY_RENDERERS['stories.showcase']!({ story: story(), headline: 'Published', storyUrl: url }, ENGLISH);
    assert.equal(activity.type, 'message');
    assert.equal(activity.attachments?.[0]?.contentType, 'application/vnd.microsoft.card.adaptive');
    assert.throws(() => STORY_RENDERERS['stories.review']!({ story: { id: 1 } }, ENGLISH), /payload.story must be a story/);
    assert.throws(() => STORY_RENDERERS['stories.author']!({ story: story() }, ENGLISH), /storyUrl/);
  });
});
