import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../src/container.js';
import { createLogger } from '../../src/logging.js';
import { userChange } from '../../src/domain/identity/types.js';
import { writeFolder } from '../helpers/ask.js';
import { testConfig } from '../helpers/test-app.js';

const OPERATOR = { kind: 'operator' as const, name: 'test' };

describe('ask: ingesting a folder of Markdown', () => {
  let dataDir: string;
  let docs: string;
  let services: Services;

  beforeEach(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'mh-ingest-db-'));
    docs = mkdtempSync(path.join(tmpdir(), 'mh-ingest-docs-'));
    services = await createServices(testConfig({}, dataDir), createLogger('silent'));
    writeFolder(docs, {
      'environments/sandbox.md': '---\ntitle: "Sandbox environments | Contoso CoE"\ndescription: Team environments for building and testing.\n---\n# Sandboxes\n\nA sandbox is where a team builds and tests.\n\n## Reset a sandbox\n\nResetting deletes everything and reprovisions the sandbox.\n',
      'licensing.md': '# Licensing\n\nPremium connectors need a premium licence.\n',
      '.git/ignored.md': '# Not documentation\n\nzebra unicorn\n',
      'notes.txt': 'zebra unicorn',
    });
  });
  afterEach(async () => {
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(docs, { recursive: true, force: true });
  });

  const ask = (q: string) => services.ask.knowledge.ask(q);

  it('when a folder is ingested, then its Markdown files are stored by relative path, sections are citable, and hidden folders and other files are skipped', async () => {
    const report = await services.ask.knowledge.ingest({ actor: OPERATOR }, docs);
    assert.deepEqual(report.added.sort(), ['environments/sandbox.md', 'licensing.md']);
    assert.equal(report.sections, 3);
    const answer = await ask('how do I reset a sandbox');
    assert.equal(answer.answered, true);
    assert.deepEqual({ path: answer.sources[0]!.path, heading: answer.sources[0]!.heading, title: answer.sources[0]!.title }, { path: 'environments/sandbox.md', heading: 'Reset a sandbox', title: 'Sandbox environments' });
    assert.match(answer.answer, /reprovisions/);
    assert.equal((await ask('zebra unicorn')).answered, false, 'nothing from .git/ or .txt');
    const audit = await services.store.repos.audit.list({ action: 'kb.ingest' });
    assert.equal(audit.length, 1);
  });

  it('when the folder is ingested again, then unchanged files are skipped, changed ones re-read and deleted ones removed — in the index too', async () => {
    await services.ask.knowledge.ingest({ actor: OPERATOR }, docs);
    const again = await services.ask.knowledge.ingest({ actor: OPERATOR }, docs);
    assert.deepEqual([again.added, again.updated, again.removed, again.unchanged], [[], [], [], 2]);

    writeFileSync(path.join(docs, 'licensing.md'), '# Licensing\n\nPay-as-you-go bills each active user per app per month through Azure.\n');
    unlinkSync(path.join(docs, 'environments/sandbox.md'));
    writeFolder(docs, { 'alm/pipelines.md': '# Pipelines\n\nDeploy solutions from development to production with pipelines.\n' });
    const third = await services.ask.knowledge.ingest({ actor: OPERATOR }, docs);
    assert.deepEqual([third.added, third.updated, third.removed, third.unchanged], [['alm/pipelines.md'], ['licensing.md'], ['environments/sandbox.md'], 0]);

    assert.notEqual((await ask('how do I reset a sandbox')).sources[0]?.path, 'environments/sandbox.md', 'the deleted file is gone from the index');
    assert.equal((await ask('pay as you go billing per active user')).sources[0]?.path, 'licensing.md', 'the new text is found');
    assert.equal((await ask('deploy solutions with pipelines')).sources[0]?.path, 'alm/pipelines.md');
    const stored = await services.store.repos.kbDocuments.list();
    assert.deepEqual(stored.map((d) => d.path).sort(), ['alm/pipelines.md', 'licensing.md']);
  });

  it('when another instance changes the knowledge base, then this one reloads its index from the database', async () => {
    const other = await createServices(testConfig({ KB_REVISION_CHECK_SECONDS: '0' }, dataDir), createLogger('silent'), { migrate: false });
    try {
      assert.equal((await other.ask.knowledge.ask('reset a sandbox')).answered, false);
      await services.ask.knowledge.ingest({ actor: OPERATOR }, docs);
      // The first question notices the new revision and rebuilds in the background; answers follow the rebuild.
      await other.ask.knowledge.ask('how do I reset a sandbox');
      await other.ask.kb.settled();
      assert.equal((await other.ask.knowledge.ask('how do I reset a sandbox')).sources[0]?.path, 'environments/sandbox.md');
    } finally {
      await other.close();
    }
  });

  it('when a base URL is given, then sources link to the published page and its heading', async () => {
    await services.ask.knowledge.ingest({ actor: OPERATOR }, docs, { baseUrl: 'https://coe.contoso.com/docs/' });
    const answer = await ask('how do I reset a sandbox');
    assert.equal(answer.sources[0]!.url, 'https://coe.contoso.com/docs/environments/sandbox#reset-a-sandbox');
  });

  it('when the folder does not exist or a maker tries to ingest, then nothing changes and the reason is clear', async () => {
    await assert.rejects(services.ask.knowledge.ingest({ actor: OPERATOR }, path.join(docs, 'missing')), /is not a folder/);
    const maker = await services.identity.signIn({ tenantId: '00000000-0000-0000-0000-0000000000aa', aadObjectId: '00000000-0000-0000-0000-00000000b002', displayName: 'Mia Maker' });
    await assert.rejects(services.ask.knowledge.ingest(userChange(maker), docs), /Only a CoE admin/);
    assert.equal((await services.store.repos.kbDocuments.list()).length, 0);
    assert.equal((await services.store.repos.audit.list({ action: 'kb.ingest.denied' })).length, 1);
  });
});
