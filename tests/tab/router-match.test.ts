import assert from 'node:assert/strict';
import { isActivePath, joinPaths, matchPattern } from '../../tab/src/lib/router/match.js';

describe('tab router: matching addresses to routes', () => {
  it('matches static segments case-insensitively, ignoring empty segments and a trailing slash', () => {
    assert.deepEqual(matchPattern('/ask', '/', '/ask', true)?.params, {});
    assert.ok(matchPattern('/ask', '/', '/ASK/', true));
    assert.ok(matchPattern('/admin/events', '/', '//admin//events', true));
    assert.equal(matchPattern('/ask', '/', '/asked', true), null);
    assert.equal(matchPattern('/ask', '/', '/ask/more', true), null, 'a leaf route must consume the whole address');
    assert.ok(matchPattern('/ask', '/', '/ask/more', false), 'a layout route is a prefix');
  });

  it('decodes parameters and keeps a broken escape as it is', () => {
    assert.deepEqual(matchPattern('/events/:eventId', '/', '/events/e%201', true)?.params, { eventId: 'e 1' });
    assert.deepEqual(matchPattern('/stories/:id/edit', '/', '/stories/%E0%A4/edit', true)?.params, { id: '%E0%A4' });
    assert.equal(matchPattern('/stories/:id/edit', '/', '/stories/s1', true), null);
  });

  it('hands a splat the rest of the address and its own base to the routes inside', () => {
    const match = matchPattern('/admin/events/*', '/', '/admin/events/e1/edit', true);
    assert.deepEqual(match?.params, { '*': 'e1/edit' });
    assert.equal(match?.base, '/admin/events');
    assert.deepEqual(matchPattern(':eventId/edit', match!.base, '/admin/events/e1/edit', true)?.params, { eventId: 'e1' });
    assert.equal(matchPattern(':eventId/edit', '/admin/insights', '/admin/events/e1/edit', true), null, 'outside its base nothing matches');
    assert.deepEqual(matchPattern('/training/*', '/', '/training', true)?.params, { '*': '' }, 'a splat may be empty');
  });

  it('ranks static above parameter above splat, so the order of routes does not matter', () => {
    const score = (pattern: string, path: string) => matchPattern(pattern, '/', path, true)?.score ?? -Infinity;
    assert.ok(score('/stories/new', '/stories/new') > score('/stories/:id', '/stories/new'));
    assert.ok(score('/stories/:id', '/stories/new') > score('/stories/*', '/stories/new'));
    assert.ok(score('/admin', '/admin') > score('/*', '/admin'));
  });

  it('joins nested paths', () => {
    assert.equal(joinPaths('/', ''), '/');
    assert.equal(joinPaths('/', 'admin/insights/*'), '/admin/insights/*');
    assert.equal(joinPaths('/admin/', '/events'), '/admin/events');
  });

  it('tells whether a navigation link is the current page', () => {
    assert.equal(isActivePath('/', '/', true), true);
    assert.equal(isActivePath('/', '/ask', true), false, 'Home is active only on itself');
    assert.equal(isActivePath('/events', '/events/e1', false), true, 'a section stays active on its pages');
    assert.equal(isActivePath('/stories', '/stories/mine', true), false);
    assert.equal(isActivePath('/stories/mine', '/stories/mine/', true), true);
    assert.equal(isActivePath('/event', '/events', false), false, 'a prefix of a segment is not an ancestor');
  });
});
