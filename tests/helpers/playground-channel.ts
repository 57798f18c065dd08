import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchPlayground, playgroundConfig, type LaunchedPlayground } from '../../scripts/playground.js';
import { launchBrowser, saveScreenshot } from './browser.js';
import { openPlayground } from './playground.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface ChannelPlaygroundOptions {
  /** Names the temp folder, the Playground log and the failure screenshot. */
  name: string;
  /** Person the Playground plays. */
  person: { tenantId: string; aadObjectId: string; name: string };
  team: { id: string; name: string };
  channel: { id: string; name: string };
  settings?: Record<string, string>;
  viewport: { width: number; height: number };
}

export interface ChannelPlayground {
  app: TestApp;
  browser: Browser;
  /** The Playground's page: the person's Teams. */
  teams: Page;
}

/**
 * Mocha hooks for an end-to-end spec in one team channel: the app, the Agents Playground playing
 * `person` in a team with that channel under a known id, Chromium on the Playground, a screenshot
 * of a failed test, and teardown. Returns a getter for the running session.
 */
export function useChannelPlayground(options: ChannelPlaygroundOptions): () => ChannelPlayground {
  let session: ChannelPlayground | undefined;
  let playground: LaunchedPlayground | undefined;
  let configDir: string | undefined;

  before(async function () {
    this.timeout(240_000);
    const app = await startTestApp(options.settings ?? {});
    configDir = mkdtempSync(path.join(tmpdir(), `mh-playground-${options.name}-`));
    // The Playground's config is YAML; its first line is a comment and the rest JSON, which YAML reads too.
    const config = JSON.parse(playgroundConfig(options.person).split('\n').slice(1).join('\n')) as { team: Record<string, unknown> };
    config.team = { ...config.team, id: options.team.id, name: options.team.name, channels: [options.channel] };
    writeFileSync(path.join(configDir, 'maker.yml'), JSON.stringify(config));
    playground = await launchPlayground({
      endpoint: `${app.baseUrl}/api/messages`,
      port: 0,
      logFile: path.resolve('test-results', 'playground', `${options.name}-maker.log`),
      env: { M365_AGENTS_PLAYGROUND_CONFIG_PATH: path.join(configDir, 'maker.yml') },
    });
    const browser = await launchBrowser();
    const teams = await browser.newPage({ viewport: options.viewport });
    session = { app, browser, teams };
    await openPlayground(teams, playground.url);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && session) await saveScreenshot(session.teams, `playground-${options.name}-failed`).catch(() => undefined);
  });

  after(async function () {
    this.timeout(60_000);
    await session?.browser.close().catch(() => undefined);
    await playground?.close().catch(() => undefined);
    await session?.app.close();
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  });

  return () => {
    if (!session) throw new Error('the Playground session has not started');
    return session;
  };
}
