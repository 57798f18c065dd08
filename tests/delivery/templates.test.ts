import assert from 'node:assert/strict';
import { createTemplateRegistry } from '../../bot/delivery/templates.js';
import { EVENT_TEMPLATES } from '../../src/domain/events/notifications.js';
import { STORY_TEMPLATES } from '../../src/domain/stories/notifications.js';

describe('delivery templates: a payload a renderer cannot render', () => {
  const registry = createTemplateRegistry();

  it('when an event card gets a payload without an event, then the reason is the template\'s own message, not a render crash', () => {
    const result = registry.render(EVENT_TEMPLATES.announcement, { counts: { going: 1 } });
    assert.deepEqual(result, { error: `Template "${EVENT_TEMPLATES.announcement}" cannot render this payload: payload.event.id must be text` });
  });

  it('when a story card gets a payload without its link, then the reason names the missing field', () => {
    const result = registry.render(STORY_TEMPLATES.showcase, { story: { id: 's1', title: 'T', status: 'published' } });
    assert.deepEqual(result, { error: `Template "${STORY_TEMPLATES.showcase}" cannot render this payload: payload.storyUrl must be the story link` });
  });

  it('when any registered template gets an empty payload, then every capability refuses it with a TemplatePayloadError', () => {
    const names = registry.names();
    assert.ok(names.length >= 10, `expected every capability's templates, got ${names.join(', ')}`);
    for (const name of names) {
      const result = registry.render(name, {});
      assert.ok('error' in result, `${name} rendered an empty payload`);
      assert.ok(result.error.startsWith(`Template "${name}" cannot render this payload: `), `${name}: ${result.error}`);
    }
  });
});
