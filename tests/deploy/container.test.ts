import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeBundle } from '../../scripts/bundle.js';
import { startTestApp } from '../helpers/test-app.js';
import { read } from './project-files.js';

const run = promisify(execFile);
const DOCKERFILE = read('Dockerfile');

/** The instructions of one stage, from its FROM line to the next. */
function stage(name: string): string {
  const match = new RegExp(`^FROM \\S+ AS ${name}\\n([\\s\\S]*?)(?=^FROM |$(?![\\s\\S]))`, 'm').exec(DOCKERFILE);
  assert.ok(match, `stage ${name}`);
  return match[1]!;
}

/** The HEALTHCHECK command as the engine runs it (exec form). */
function healthcheckCommand(): string[] {
  const json = /HEALTHCHECK[\s\S]*?CMD (\[.*\])/.exec(DOCKERFILE.replace(/\\\n\s*/g, ''))?.[1];
  assert.ok(json, 'HEALTHCHECK in exec form');
  return JSON.parse(json) as string[];
}

describe('container image (Dockerfile, .dockerignore)', function () {
  this.timeout(60_000);

  it('when the image is built, then a build stage with dev dependencies makes a runtime stage that only runs, as a non-root user, on Node 22', () => {
    assert.match(DOCKERFILE, /^ARG NODE_IMAGE=node:22-/m);
    assert.match(stage('build'), /npm ci --no-audit/);
    assert.match(stage('build'), /npm run build/);
    assert.match(stage('build'), /npm ci --omit=dev/, 'production dependencies only go to the runtime');
    const runtime = stage('runtime');
    assert.doesNotMatch(runtime, /npm (ci|install|run)/, 'the runtime stage builds and installs nothing');
    assert.match(runtime, /^USER node$/m);
    assert.match(runtime, /^CMD \["node", "dist\/src\/cli\/main\.js", "serve"\]$/m, 'the built server, not npm');
    assert.match(runtime, /NODE_ENV=production/);
  });

  it('when the build context is sent, then secrets and local state stay out of it', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim());
    for (const entry of ['env/*.user', 'node_modules', 'data', '.git', 'dist']) assert.ok(ignored.includes(entry), entry);
  });

  it('when the engine runs the HEALTHCHECK command, then it passes while the app is ready and fails once it has stopped', async () => {
    const [program, ...args] = healthcheckCommand();
    assert.equal(program, 'node');
    const t = await startTestApp();
    const port = new URL(t.baseUrl).port;
    const check = () => run(process.execPath, args, { env: { ...process.env, PORT: port } }).then(() => 0, (e: { code: number }) => e.code);
    try {
      assert.equal(await check(), 0);
    } finally {
      await t.close();
    }
    assert.equal(await check(), 1);
  });

  it('when the deployable folder is collected, then it holds the built app, content, policy and lock file, and no sources, tests or env files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'mh-bundle-'));
    try {
      for (const file of ['dist/src/cli/main.js', 'dist/tab/index.html', 'content/faq/a.yaml', 'config/environment-policy.yaml', 'package.json', 'package-lock.json', 'env/.env.local', 'src/x.ts', 'tests/x.test.ts']) {
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), 'x');
      }
      const out = path.join(root, 'build', 'deploy');
      writeBundle(root, out);
      assert.deepEqual(readdirSync(out).sort(), ['config', 'content', 'dist', 'package-lock.json', 'package.json']);
      assert.ok(existsSync(path.join(out, 'dist/tab/index.html')));
      rmSync(path.join(root, 'dist/tab'), { recursive: true });
      assert.throws(() => writeBundle(root, out), /dist\/tab\/index\.html is missing: run npm run build first/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
