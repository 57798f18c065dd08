import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ADMIN, MAKER, type Person } from '../helpers/activities.js';
import { STORY_FORM } from '../helpers/stories.js';
import type { TestApp } from '../helpers/test-app.js';
import { samplePath, sampleEvent, tabApi } from '../helpers/training-events.js';

export type Json = Record<string, any>;

/** Calls the tab API as `who` (the development identity: the admin unless told). */
export function api(t: TestApp, method: string, url: string, body?: unknown, who: Person = ADMIN) {
  return tabApi(t.baseUrl, method, url, body, who === ADMIN ? undefined : who);
}

export async function search(t: TestApp, query: string, who: Person = MAKER): Promise<Json[]> {
  const res = await api(t, 'GET', `/api/search?${query.includes('=') ? query : `q=${encodeURIComponent(query)}`}`, undefined, who);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.results as Json[];
}

/** A day well in the future (YYYY-MM-DD), so events stay upcoming whenever the suite runs. */
export function futureDay(daysAhead = 30): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

export async function submitStory(t: TestApp, form: Json, who: Person = MAKER): Promise<Json> {
  const res = await api(t, 'POST', '/api/stories', { submissionKey: randomUUID(), ...STORY_FORM, ...form }, who);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.story as Json;
}

export async function publish(t: TestApp, story: Json): Promise<void> {
  const res = await api(t, 'POST', `/api/stories/${story.id}/moderation`, { decision: 'approve', version: story.version });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

/** One of each kind about canvas apps, made the way the CoE makes them (admin API, ingest, moderation). */
export async function seedEveryKind(t: TestApp): Promise<{ pathId: string; moduleId: string; eventId: string; storyId: string }> {
  const faq = await api(t, 'POST', '/api/admin/kb/faq', { id: 'canvas-share', question: 'Who can open a canvas app I built?', answer: 'Only people you **share** it with.', tags: ['sharing'] });
  assert.equal(faq.status, 200, JSON.stringify(faq.body));

  const folder = mkdtempSync(path.join(tmpdir(), 'search-kb-'));
  try {
    writeFileSync(path.join(folder, 'canvas-layout.md'), '# Canvas layout guide\n\nArrange screens and containers in a canvas app.\n\n## Responsive containers\n\nContainers reflow on phones.\n');
    await t.app.services.ask.knowledge.ingest({ actor: { kind: 'system', name: 'test' } }, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  const created = await api(t, 'POST', '/api/admin/training/paths', {
    ...samplePath('canvas-basics', 0),
    title: 'Canvas basics',
    modules: [
      { title: 'Share your app', description: 'Share a canvas app with people or groups.', url: 'https://learn.microsoft.com/power-apps/maker/canvas-apps/share-app', minutes: 15, kind: 'article' },
      { title: 'Galleries', description: 'Lists of records.', url: 'https://learn.microsoft.com/power-apps/maker/canvas-apps/add-gallery', minutes: 20, kind: 'lab' },
    ],
  });
  assert.equal(created.status, 200, JSON.stringify(created.body));

  const event = await api(t, 'POST', '/api/admin/events', sampleEvent(futureDay(), { title: 'Canvas app clinic', description: 'Bring the canvas app you are stuck on.' }));
  assert.equal(event.status, 200, JSON.stringify(event.body));

  const story = await submitStory(t, { title: 'Canvas app for site inspections', problem: 'Paper checklists got lost.', solution: 'A canvas app with offline forms.' });
  await publish(t, story);
  return { pathId: created.body.id, moduleId: created.body.modules[0].id, eventId: event.body.id, storyId: story.id };
}
