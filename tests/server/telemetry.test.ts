import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startTelemetry } from '../../src/telemetry/azure-monitor.js';
import { TeamsStandIn } from '../helpers/teams-stand-in.js';

const TLS = new URL('../fixtures/tls/', import.meta.url);

/** Application Insights' ingestion endpoint on 127.0.0.1 (https, test CA): keeps every envelope. */
async function ingestionStandIn(): Promise<{ url: string; envelopes: Array<Record<string, any>>; server: Server }> {
  const envelopes: Array<Record<string, any>> = [];
  const server = createServer({ cert: readFileSync(new URL('localhost.pem', TLS)), key: readFileSync(new URL('localhost.key', TLS)) }, async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
    const items = text.trim().startsWith('[') ? (JSON.parse(text) as Array<Record<string, any>>) : text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
    envelopes.push(...items);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`, envelopes, server };
}

describe('telemetry to Azure Monitor (OpenTelemetry)', function () {
  this.timeout(90_000);

  it('when no connection string is set, then the Azure Monitor distro is not even loaded', async () => {
    let loaded = 0;
    const load = async () => {
      loaded += 1;
      throw new Error('must not load');
    };
    assert.equal(await startTelemetry(undefined, load), null);
    assert.equal(await startTelemetry('', load), null);
    assert.equal(loaded, 0);
  });

  describe('when APPLICATIONINSIGHTS_CONNECTION_STRING is set on `maker-hub serve`', () => {
    let ingest: Awaited<ReturnType<typeof ingestionStandIn>>;
    let teams: TeamsStandIn;
    let dataDir: string;
    let child: ChildProcess | undefined;
    before(async () => {
      ingest = await ingestionStandIn();
      teams = await new TeamsStandIn().start();
      dataDir = mkdtempSync(path.join(tmpdir(), 'mh-telemetry-'));
    });
    after(async () => {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      ingest.server.closeAllConnections();
      ingest.server.close();
      await teams.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('then requests, bot turns, SQL timings and logs reach the ingestion endpoint, flushed on SIGTERM', async () => {
      const env = {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        SEED_SAMPLE_CONTENT: 'false',
        LOG_LEVEL: 'info',
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-0000000a1e00;IngestionEndpoint=${ingest.url};LiveEndpoint=${ingest.url}`,
        APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        // The distro samples at most 5 traces a second by default (rate-limited); every one, here.
        OTEL_TRACES_SAMPLER: 'always_on',
      };
      child = spawn(process.execPath, ['--import', 'tsx', '--import', './tests/helpers/loopback-only.ts', 'src/cli/main.ts', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      const url = await new Promise<string>((resolve, reject) => {
        child!.stderr!.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const found = /Maker Hub is running at (http:\/\/\S+)/.exec(stderr);
          if (found) resolve(found[1]!);
        });
        child!.once('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
      });
      assert.match(stderr, /telemetry to Azure Monitor/);
      assert.equal((await fetch(`${url}/readyz`)).status, 200);
      const turn = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'm1', channelId: 'msteams', serviceUrl: teams.url, from: { id: '29:mia', aadObjectId: '00000000-0000-0000-0000-00000000b002' }, recipient: { id: '28:bot' }, conversation: { id: 'a:mia', conversationType: 'personal', tenantId: '00000000-0000-0000-0000-0000000000aa' }, channelData: { tenant: { id: '00000000-0000-0000-0000-0000000000aa' } }, text: 'help' }),
      });
      assert.ok(turn.status < 300, `turn answered ${turn.status}`);
      child.kill('SIGTERM');
      const code = await new Promise<number | null>((resolve) => child!.once('exit', resolve));
      assert.equal(code, 0, stderr);

      const names = (type: string) => ingest.envelopes.filter((e) => e.data?.baseType === type).map((e) => e.data.baseData.name ?? e.data.baseData.message ?? e.data.baseData.metrics?.[0]?.name);
      assert.ok(names('RequestData').includes('GET /readyz'), `a request for /readyz: ${JSON.stringify(names('RequestData'))}`);
      assert.ok(names('RequestData').includes('POST /api/messages'), `the bot endpoint request: ${JSON.stringify(names('RequestData'))}`);
      const turnSpan = ingest.envelopes.find((e) => e.data?.baseData?.name === 'bot.turn');
      const request = ingest.envelopes.find((e) => e.data?.baseData?.name === 'POST /api/messages');
      assert.ok(turnSpan && request, 'the bot turn as a span');
      assert.equal(turnSpan.tags['ai.operation.id'], request.tags['ai.operation.id'], 'the turn belongs to its request');
      assert.ok(names('MetricData').includes('maker_hub.sql.duration'), `SQL timings: ${JSON.stringify(names('MetricData'))}`);
      assert.ok(names('MessageData').some((m) => /Maker Hub is listening/.test(m ?? '')), 'the log lines');
    });
  });
});
