import assert from 'node:assert/strict';
import { itemOfSubPage, teamsDeepLink } from '../../src/domain/shared/teams-deep-link.js';

const APP = '11111111-2222-3333-4444-555555555555';
const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const context = (url: string) => JSON.parse(new URL(url).searchParams.get('context') ?? 'null') as { subEntityId: string } | null;

describe('Teams deep links: one builder, one sub-entity scheme', () => {
  it('when a page is linked, then the link names the app, the static tab and its label, with no context', () => {
    assert.equal(teamsDeepLink(APP, 'requests', 'My requests'), `https://teams.microsoft.com/l/entity/${APP}/requests?label=My%20requests`);
  });

  it('when an event or a story is linked, then its sub-entity is "<kind>:<id>"', () => {
    assert.deepEqual(context(teamsDeepLink(APP, 'events', 'Events', { kind: 'event', id: ID })), { subEntityId: `event:${ID}` });
    assert.deepEqual(context(teamsDeepLink(APP, 'stories', 'Stories', { kind: 'story', id: ID })), { subEntityId: `story:${ID}` });
  });

  it('when the tab reads a sub-page, then it takes its own kind, and a story link sent before the scheme (bare id) still opens the story', () => {
    assert.equal(itemOfSubPage(`event:${ID}`, 'event'), ID);
    assert.equal(itemOfSubPage(`story:${ID}`, 'story'), ID);
    assert.equal(itemOfSubPage(ID, 'story'), ID, 'old story links carried the bare id');
    assert.equal(itemOfSubPage(`event:${ID}`, 'story'), undefined, "an event's sub-page is not a story");
    assert.equal(itemOfSubPage(`story:${ID}`, 'event'), undefined);
    assert.equal(itemOfSubPage(ID, 'event'), undefined, 'events always carried the prefix');
    assert.equal(itemOfSubPage('event:', 'event'), undefined);
    assert.equal(itemOfSubPage(undefined, 'story'), undefined);
  });
});
