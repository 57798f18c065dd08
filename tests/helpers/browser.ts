import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); Playwright's own browsers cannot be downloaded here. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where screenshots go; test-results/ is gitignored. */
export const screenshotDir = path.resolve('test-results', 'screenshots');

/** Starts headless Chromium with the flags that work in this sandbox (no GPU, no network chatter). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Waits until no Web Animation is running (Fluent's drawers, dialogs and menus animate in with
 * the Web Animations API), so a screenshot shows what a person sees once things settle.
 */
export async function waitForAnimations(page: Page, timeoutMs = 5000): Promise<void> {
  // A function, not a string: a string predicate is compiled in the page, which the tab's
  // Content-Security-Policy forbids (no 'unsafe-eval'). `any`: tests type-check without the DOM library.
  await page.waitForFunction(() => (globalThis as any).document.getAnimations().every((a: any) => a.playState !== 'running'), undefined, {
    timeout: timeoutMs,
  });
}

/**
 * Saves a full-page screenshot as test-results/screenshots/<name>.png, once animations have
 * finished, and returns its path.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await waitForAnimations(page);
  await mkdir(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Fluent UI's focus manager (Tabster) inserts invisible `<i tabindex="0" aria-hidden="true"
 * data-tabster-dummy>` elements whose only job is to bounce focus to the right place, e.g. around
 * a modal drawer. axe's aria-hidden-focus rule flags them; Microsoft documents this as a known
 * false positive (microsoft/tabster#288, microsoft/accessibility-insights-web#7598, whose fix
 * ignores exactly these nodes). Only that rule and only those nodes are ignored here.
 */
function isTabsterDummy(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
}

/**
 * Waits (up to 2 s) for running finite CSS transitions and animations to end. A button that was
 * just enabled still shows its disabled colours for the length of Fluent's colour transition, and
 * axe, no longer seeing `disabled`, would measure that passing contrast. Endless ones (spinners)
 * are not waited for.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page
    .waitForFunction(() => (globalThis as any).document.getAnimations().every((a: any) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), undefined, { timeout: 2000, polling: 50 })
    .catch(() => undefined);
}

/**
 * Runs axe (WCAG 2.x A/AA and best practices) on the page and fails with a readable list when it
 * finds a violation of impact "serious" or "critical".
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await settleTransitions(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterDummy(violation.id, node.html)) }))
    .filter((violation) => violation.nodes.length > 0)
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length === 0) return;
  const report = serious
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 5)
        .map((node) => `    - ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${targets}${more}`;
    })
    .join('\n');
  throw new Error(`axe found ${serious.length} serious/critical accessibility violation(s) on ${page.url()}:\n${report}`);
}

/**
 * Collects what the tab's Content-Security-Policy blocks (Chromium reports each block as a console
 * error), so a suite fails when the tab needs something its policy does not allow.
 */
export function watchCsp(page: Page, sink: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) sink.push(`CSP: ${m.text()}`);
  });
}
