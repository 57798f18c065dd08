import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { showcaseCard } from '../../bot/cards/stories/showcase.js';
import { STORY_RENDERERS } from '../../bot/delivery/templates/stories.js';
import { storyLinks } from '../../src/domain/stories/context.js';
import { ENGLISH } from '../../src/i18n/translator.js';
import { JwksServer } from '../helpers/jwks-server.js';
import { STORY_FORM, TINY_PNG } from '../helpers/stories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { asActor } from '../helpers/training-events.js';

type Json = Record<string, any>;
const CLIENT_ID = '44444444-4444-4444-4444-444444444444';
const TENANT = '00000000-0000-0000-0000-0000000000aa';
const OTHER_TENANT = '00000000-0000-0000-0000-0000000000bb';
const LIMIT = 20_000;
const SHOWCASE = '19:showcase@thread.tacv2';
const PEOPLE = {
  admin: { tenantId: TENANT, oid: '00000000-0000-0000-0000-00000000a001', name: 'Ada Admin' },
  maker: { tenantId: TENANT, oid: '00000000-0000-0000-0000-00000000b002', name: 'Mia Maker' },
  colleague: { tenantId: TENANT, oid: '00000000-0000-0000-0000-00000000d004', name: 'Omar Ops' },
  champion: { tenantId: TENANT, oid: '00000000-0000-0000-0000-00000000c003', name: 'Chris Champion' },
  stranger: { tenantId: OTHER_TENANT, oid: '00000000-0000-0000-0000-00000000e005', name: 'Otto Other' },
};
type Who = keyof typeof PEOPLE;

/** Story pictures through the real HTTP server, with real Teams SSO tokens (no development identity). */
describe('stories: uploaded pictures (upload, read, card address, erasure)', function () {
  this.timeout(60_000);
  let jwks: JwksServer;
  let t: TestApp;
  const tokens = new Map<Who, string>();

  before(async () => {
    jwks = await new JwksServer().start();
    t = await startTestApp({ AUTH_DEV_MODE: 'false', AAD_APP_CLIENT_ID: CLIENT_ID, AAD_JWKS_URI: jwks.url, ALLOWED_TENANTS: `${TENANT},${OTHER_TENANT}`, DELIVERY_WORKER: 'off', STORIES_SHOWCASE_CONVERSATION_IDS: SHOWCASE, STORIES_IMAGE_MAX_BYTES: String(LIMIT), TAB_ENDPOINT: 'https://hub.contoso.example' });
    for (const [key, p] of Object.entries(PEOPLE)) tokens.set(key as Who, await jwks.token({ audience: CLIENT_ID, tenantId: p.tenantId, oid: p.oid, name: p.name }));
    const s = t.app.services;
    const admin = await s.identity.signIn({ tenantId: TENANT, aadObjectId: PEOPLE.admin.oid, displayName: PEOPLE.admin.name });
    await s.identity.grantRole({ actor: asActor(admin) }, { tenantId: TENANT, aadObjectId: PEOPLE.champion.oid }, 'champion');
    s.identity.forgetAllPrincipals();
  });
  after(async () => {
    await t?.close();
    await jwks?.stop();
  });

  const auth = (who: Who) => ({ authorization: `Bearer ${tokens.get(who)}` });
  async function upload(who: Who | null, bytes: Buffer, type = 'image/png'): Promise<{ status: number; body: Json }> {
    const res = await fetch(`${t.baseUrl}/api/stories/images`, { method: 'POST', headers: { 'content-type': type, ...(who ? auth(who) : {}) }, body: bytes });
    return { status: res.status, body: (await res.json()) as Json };
  }
  async function api(method: string, path: string, who: Who, body?: unknown): Promise<{ status: number; body: Json }> {
    const res = await fetch(`${t.baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...auth(who) }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
  }
  const picture = (id: string, who: Who) => fetch(`${t.baseUrl}/api/stories/images/${id}`, { headers: auth(who) });
  const count = async () => (await t.app.services.store.handle.db.selectFrom('story_images').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  it('when an upload comes without a sign-in, then it is refused (401) before its body is read, and nothing is stored', async () => {
    // Ten megabytes announced, none sent: an answer at all proves the server did not wait for the body.
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL('/api/stories/images', t.baseUrl);
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'image/png', 'content-length': String(10 * 1024 * 1024) } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    assert.equal(status, 401);
    assert.equal((await upload(null, TINY_PNG)).status, 401);
    assert.equal(Number(await count()), 0);
  });

  it('when an upload is too large, not a picture by its bytes, or SVG, then it is refused in words and nothing is stored', async () => {
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(LIMIT)]);
    const tooBig = await upload('maker', big);
    assert.equal(tooBig.status, 413);
    assert.match(tooBig.body.error.message, /larger than 20 KB/);
    // Without a Content-Length, the reader stops at the limit.
    const chunked = await fetch(`${t.baseUrl}/api/stories/images`, { method: 'POST', headers: { 'content-type': 'image/png', ...auth('maker') }, body: new Blob([big]).stream(), duplex: 'half' } as RequestInit);
    assert.equal(chunked.status, 413);
    const html = await upload('maker', Buffer.from('<html><script>alert(1)</script></html>'), 'image/png');
    assert.equal(html.status, 400, 'the client said PNG; the bytes say otherwise');
    assert.match(html.body.error.fields.image, /PNG, JPEG, WebP or GIF/);
    const svg = await upload('maker', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/svg+xml');
    assert.equal(svg.status, 400);
    assert.equal((await upload('maker', Buffer.alloc(0))).status, 400);
    assert.equal(Number(await count()), 0);
  });

  it('when a maker uploads a PNG, then only they can read it until a story shows it; others (and other tenants) get 404; headers are exact', async () => {
    const up = await upload('maker', TINY_PNG, 'application/octet-stream');
    assert.equal(up.status, 200);
    assert.equal(up.body.image.contentType, 'image/png', 'the type comes from the bytes');
    const id = up.body.image.id as string;
    const res = await picture(id, 'maker');
    assert.equal(res.status, 200);
    assert.deepEqual(Buffer.from(await res.arrayBuffer()), TINY_PNG);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-disposition') ?? '', /^inline; filename="story-picture\.png"$/);
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.match(res.headers.get('cache-control') ?? '', /private, max-age=31536000, immutable/);
    const etag = res.headers.get('etag')!;
    assert.match(etag, /^"[0-9a-f]{64}"$/);
    assert.equal((await fetch(`${t.baseUrl}/api/stories/images/${id}`, { headers: { ...auth('maker'), 'if-none-match': etag } })).status, 304);
    for (const who of ['colleague', 'champion', 'stranger'] as const) assert.equal((await picture(id, who)).status, 404, `${who} cannot read a draft's picture`);
    assert.equal((await fetch(`${t.baseUrl}/api/stories/images/${id}`)).status, 401);
  });

  it('when a story shows the picture, then moderators read it while it waits, everyone in the tenant once published, nobody from another tenant; nobody else can attach it', async () => {
    const id = (await upload('maker', TINY_PNG)).body.image.id as string;
    const both = await api('POST', '/api/stories', 'maker', { submissionKey: randomUUID(), ...STORY_FORM, imageId: id });
    assert.equal(both.status, 400, 'an address and an upload at once');
    assert.ok(both.body.error.fields.imageUrl);
    const stolen = await api('POST', '/api/stories', 'colleague', { submissionKey: randomUUID(), ...STORY_FORM, imageUrl: '', imageId: id });
    assert.equal(stolen.status, 400);
    assert.match(stolen.body.error.fields.imageId, /not available/);

    const made = await api('POST', '/api/stories', 'maker', { submissionKey: randomUUID(), ...STORY_FORM, imageUrl: '', imageId: id });
    assert.equal(made.status, 200);
    const story = made.body.story;
    assert.equal(story.imageId, id);
    assert.equal(JSON.stringify(made.body).includes('token'), false, 'the card token stays on the server');
    assert.equal((await picture(id, 'champion')).status, 200, 'a moderator reviews it');
    assert.equal((await picture(id, 'colleague')).status, 404, 'not published yet');
    assert.equal((await api('POST', `/api/stories/${story.id}/moderation`, 'admin', { decision: 'approve' })).status, 200);
    assert.equal((await picture(id, 'colleague')).status, 200, 'published: anyone in the tenant');
    // The showcase card queued for the channel shows the picture at its anonymous address, which Teams can fetch.
    const queued = await t.app.services.store.handle.db.selectFrom('outbox').select(['payload_json', 'template']).where('conversation_id', '=', SHOWCASE).execute();
    const payload = JSON.parse(queued.find((q) => q.template === 'stories.showcase')!.payload_json) as Record<string, unknown>;
    const activity = STORY_RENDERERS['stories.showcase']!(payload, ENGLISH) as { attachments: Array<{ content: { body: Array<{ type: string; url?: string }> } }> };
    const image = activity.attachments[0]!.content.body.find((e) => e.type === 'Image');
    assert.equal(image?.url, payload.pictureUrl);
    const anonymous = await fetch(`${t.baseUrl}${new URL(String(payload.pictureUrl)).pathname}`);
    assert.equal(anonymous.status, 200);
    assert.deepEqual(Buffer.from(await anonymous.arrayBuffer()), TINY_PNG);
    assert.equal((await picture(id, 'stranger')).status, 404, 'another tenant');

    // An edit without the picture field (the bot's card) keeps it.
    const { imageUrl: _drop, ...withoutPicture } = STORY_FORM;
    const kept = await api('PUT', `/api/stories/${story.id}`, 'maker', { ...withoutPicture, version: (await api('GET', `/api/stories/${story.id}`, 'maker')).body.story.version });
    assert.equal(kept.status, 200);
    assert.equal(kept.body.story.imageId, id);
  });

  it('when a card shows the picture, then its anonymous address works; a forged token, another story or a missing token is refused; erasing the uploader removes it', async () => {
    const s = t.app.services;
    const id = (await upload('maker', TINY_PNG)).body.image.id as string;
    const mine = (await api('POST', '/api/stories', 'maker', { submissionKey: randomUUID(), ...STORY_FORM, imageUrl: '', imageId: id })).body.story;
    const other = (await api('POST', '/api/stories', 'maker', { submissionKey: randomUUID(), ...STORY_FORM })).body.story;
    const story = (await s.stories.find(mine.id))!;
    const { pictureUrl, storyUrl } = storyLinks(s.stories.context, story);
    assert.ok(pictureUrl?.startsWith(`https://hub.contoso.example/story-images/${mine.id}/${id}/`), pictureUrl ?? 'no picture url');
    const card = JSON.stringify(showcaseCard({ story: { ...story, status: 'published' }, storyUrl, pictureUrl }));
    assert.ok(card.includes(pictureUrl!), 'the card shows the uploaded picture');

    const path = new URL(pictureUrl!).pathname;
    const res = await fetch(`${t.baseUrl}${path}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'image/png');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.match(res.headers.get('cache-control') ?? '', /^public, max-age=86400$/);
    const token = path.split('/').pop()!;
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const bad of [`/story-images/${mine.id}/${id}/${forged}`, `/story-images/${other.id}/${id}/${token}`, `/story-images/${mine.id}/${randomUUID()}/${token}`, `/story-images/${mine.id}/${id}/${'x'.repeat(200)}`])
      assert.equal((await fetch(`${t.baseUrl}${bad}`)).status, 404, bad);
    // Without a token the address is no picture route at all (the tab's page fallback answers, without the picture).
    const unsigned = await fetch(`${t.baseUrl}/story-images/${mine.id}/${id}`);
    assert.doesNotMatch(unsigned.headers.get('content-type') ?? '', /^image\//);
    assert.equal(Buffer.from(await unsigned.arrayBuffer()).includes(TINY_PNG), false);

    await s.privacy.erase({ actor: { kind: 'operator', name: 'cli:test' } }, { tenantId: TENANT, aadObjectId: PEOPLE.maker.oid });
    assert.equal((await fetch(`${t.baseUrl}${path}`)).status, 404, 'erased: the card address is dead');
    assert.equal((await picture(id, 'admin')).status, 404);
    const db = s.store.handle.db;
    assert.equal((await db.selectFrom('story_images').selectAll().execute()).length, 0);
    assert.equal((await db.selectFrom('story_image_bytes').selectAll().execute()).length, 0, 'the bytes go with their row');
    assert.equal((await s.stories.find(mine.id))!.imageId, null, 'the story shows no picture');
  });
});
