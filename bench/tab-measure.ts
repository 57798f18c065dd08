import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/** A network shape applied through CDP (Network.emulateNetworkConditions). */
export interface Throttling {
  readonly name: string;
  /** Bytes per second, -1 for none. */
  readonly downloadThroughput: number;
  readonly uploadThroughput: number;
  /** Added round-trip latency, ms. */
  readonly latency: number;
}

/**
 * "Fast 4G" as Chrome DevTools defines it (9 Mbit/s down, 1.5 Mbit/s up, 60 ms RTT scaled by
 * DevTools' 2.75 adjustment for request latency, 90 % of the nominal throughput).
 */
export const throttlingPresets: readonly Throttling[] = [
  { name: 'none', downloadThroughput: -1, uploadThroughput: -1, latency: 0 },
  { name: 'fast 4G', downloadThroughput: (9_000_000 / 8) * 0.9, uploadThroughput: (1_500_000 / 8) * 0.9, latency: 60 * 2.75 },
];

/** What one page load cost and when it was usable. Times in ms from navigation start. */
export interface LoadSample {
  bytes: number;
  requests: number;
  fcp: number;
  lcp: number;
  tti: number;
}

/** Records when the page's first heading appears and the largest contentful paint, from the first byte of script. */
const pageProbe = () => {
  const w = globalThis as any;
  w.__bench = { heading: -1, lcp: -1 };
  new w.PerformanceObserver((list: any) => {
    for (const entry of list.getEntries()) w.__bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const check = () => {
    if (w.__bench.heading < 0 && w.document.querySelector('h1')) w.__bench.heading = w.performance.now();
  };
  new w.MutationObserver(check).observe(w.document, { childList: true, subtree: true });
};

async function watchNetwork(cdp: CDPSession, throttling: Throttling) {
  const totals = { bytes: 0, requests: 0 };
  cdp.on('Network.requestWillBeSent', () => {
    totals.requests += 1;
  });
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    totals.bytes += event.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: throttling.latency,
    downloadThroughput: throttling.downloadThroughput,
    uploadThroughput: throttling.uploadThroughput,
  });
  return totals;
}

/**
 * Loads `url` in a new tab of `context` and measures it. "Time to interactive" here is the latest
 * of: the page's heading in the DOM, its largest paint, and the last response before the network
 * went quiet for 500 ms (every API answer in): when a person can use the page, not Lighthouse's
 * main-thread heuristic.
 */
export async function measureLoad(context: BrowserContext, url: string, throttling: Throttling): Promise<LoadSample> {
  const page: Page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const totals = await watchNetwork(cdp, throttling);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('h1', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const timings = await page.evaluate(() => {
      const w = globalThis as any;
      const fcp = w.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1;
      const ends = [...w.performance.getEntriesByType('navigation'), ...w.performance.getEntriesByType('resource')].map((e: any) => e.responseEnd as number);
      return { fcp, lcp: w.__bench.lcp as number, heading: w.__bench.heading as number, lastResponse: Math.max(0, ...ends) };
    });
    await cdp.detach();
    return { ...totals, fcp: timings.fcp, lcp: timings.lcp, tti: Math.max(timings.heading, timings.lastResponse, timings.lcp) };
  } finally {
    await page.close();
  }
}

/** A fresh profile (empty cache), then the same page again in it (what a maker's second open costs). */
export async function firstAndRepeat(browser: Browser, url: string, throttling: Throttling): Promise<{ first: LoadSample; repeat: LoadSample }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(pageProbe);
    const first = await measureLoad(context, url, throttling);
    const repeat = await measureLoad(context, url, throttling);
    return { first, repeat };
  } finally {
    await context.close();
  }
}

/** The median of each figure over several runs. */
export function median(samples: readonly LoadSample[]): LoadSample {
  const mid = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return {
    bytes: mid(samples.map((s) => s.bytes)),
    requests: mid(samples.map((s) => s.requests)),
    fcp: mid(samples.map((s) => s.fcp)),
    lcp: mid(samples.map((s) => s.lcp)),
    tti: mid(samples.map((s) => s.tti)),
  };
}
