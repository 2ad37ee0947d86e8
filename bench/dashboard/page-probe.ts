/**
 * One measured first load of a dashboard URL in a fresh browser context (empty cache,
 * no cookies): when each section is first drawn, what the server sent and when, how
 * many bytes crossed the wire, and how long the browser's main thread was busy.
 */
import type { Browser } from '@playwright/test';

/** What "drawn" means for each section: its first real content, not its skeleton. */
export const SECTIONS = {
  count: '[data-testid="incident-count"]',
  markers: '[data-testid="incident-map"] path.incident-marker',
  // The bars, whether the static preview's or the chart's.
  timeline: '[data-testid="timeline"] .recharts-bar-rectangle, [data-testid="timeline-bars"] rect, [data-testid="timeline"].empty',
  timelineBrush: '[data-testid="timeline"] .recharts-brush-traveller, [data-testid="timeline"].empty',
  table: '[data-testid="incident-row"], [data-testid="incident-table-empty"]',
  interactive: '.filters[data-interactive="true"]',
} as const;
export type Section = keyof typeof SECTIONS;

export interface LoadFigures {
  status: number;
  /** ms from navigation start; each section's time is the animation frame after it appeared. */
  marks: Record<Section, number>;
  firstByteMs: number;
  htmlDoneMs: number;
  bytes: { document: Bytes; js: Bytes & { files: number; largest: { name: string; bytes: number }[] }; css: Bytes; data: Bytes & { requests: string[] } };
  mainThread: { scriptMs: number; layoutMs: number; taskMs: number };
}

export interface Bytes {
  transferred: number;
  decoded: number;
}

// Strings, not functions: tsx adds helper calls to functions that do not exist in the page.
const PROBE_SCRIPT = `(() => {
  const sections = ${JSON.stringify(SECTIONS)};
  const marks = {};
  window.__dashboardMarks = marks;
  const check = () => {
    for (const [name, selector] of Object.entries(sections)) {
      if (name in marks || !document.querySelector(selector)) continue;
      marks[name] = -1;
      requestAnimationFrame(() => { marks[name] = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
})();`;

/** True once every section is drawn; the error page's text if the app failed instead. */
const ALL_DRAWN = `(() => {
  const failed = document.querySelector('.message-page[role="alert"], [data-testid="param-error"]');
  if (failed) return failed.textContent || 'error page';
  const m = window.__dashboardMarks;
  return !!m && ${JSON.stringify(Object.keys(SECTIONS))}.every((k) => (m[k] ?? -1) >= 0);
})()`;

const COLLECT = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource').map((r) => ({
    name: r.name, type: r.initiatorType, transferred: r.transferSize, decoded: r.decodedBodySize,
  }));
  return {
    marks: window.__dashboardMarks,
    firstByteMs: nav.responseStart,
    htmlDoneMs: nav.responseEnd,
    document: { transferred: nav.transferSize, decoded: nav.decodedBodySize },
    resources,
  };
})()`;

interface Collected {
  marks: Record<Section, number>;
  firstByteMs: number;
  htmlDoneMs: number;
  document: Bytes;
  resources: { name: string; type: string; transferred: number; decoded: number }[];
}

const sum = (rs: Bytes[]): Bytes => ({
  transferred: rs.reduce((n, r) => n + r.transferred, 0),
  decoded: rs.reduce((n, r) => n + r.decoded, 0),
});

export async function measureFirstLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const response = await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
    const outcome = await (await page.waitForFunction(ALL_DRAWN, undefined, { timeout: 120_000, polling: 50 })).jsonValue();
    if (outcome !== true) throw new Error(`${url} rendered an error instead of the dashboard: ${String(outcome)}`);
    await page.waitForLoadState('load');
    const c = (await page.evaluate(COLLECT)) as Collected;
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;

    const js = c.resources.filter((r) => /\.m?js(\?|$)/.test(new URL(r.name).pathname));
    const css = c.resources.filter((r) => /\.css(\?|$)/.test(new URL(r.name).pathname));
    const data = c.resources.filter((r) => r.type === 'fetch' || r.type === 'xmlhttprequest');
    return {
      status: response?.status() ?? 0,
      marks: c.marks,
      firstByteMs: c.firstByteMs,
      htmlDoneMs: c.htmlDoneMs,
      bytes: {
        document: c.document,
        js: {
          ...sum(js),
          files: js.length,
          largest: [...js]
            .sort((a, b) => b.transferred - a.transferred)
            .slice(0, 3)
            .map((r) => ({ name: new URL(r.name).pathname.split('/').pop() ?? r.name, bytes: r.transferred })),
        },
        css: sum(css),
        data: { ...sum(data), requests: data.map((r) => new URL(r.name).pathname + new URL(r.name).search) },
      },
      mainThread: { scriptMs: metric('ScriptDuration'), layoutMs: metric('LayoutDuration'), taskMs: metric('TaskDuration') },
    };
  } finally {
    await context.close();
  }
}
