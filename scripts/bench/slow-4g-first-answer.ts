/**
 * A first visit on emulated slow 4G (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip: Lighthouse's
 * mobile network, through Chromium's DevTools protocol): the time from navigation start to the
 * answer for a digit drawn as soon as the pad shows. Target: within 2.5 s (issue 22). Each visit is a fresh
 * browser context (no cache, no service worker). --cpu4x also slows the CPU 4x, as Lighthouse does.
 * Run: npx tsx scripts/bench/slow-4g-first-answer.ts [visits] [--cpu4x] [--against REV] (part of `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { PAD_SIZE } from '../../src/drawing/brush.ts';
import { penDigitToStrokes } from '../../src/drawing/pen-digits.ts';
import { chromiumLaunchOptions } from '../chromium-launch.ts';
import { firstVisitArgs, serveProductionBuild, serveRevisionBuild } from './serve-build.ts';

// The page's probes (globals the init script defines), read by functions that run in the page, not by evaluated
// strings: the app's Content-Security-Policy forbids eval.
type PageGlobals = Record<string, unknown> & { longTasks: number[] };

const { count: VISITS, against: AGAINST } = firstVisitArgs(3);
const CPU_4X = process.argv.includes('--cpu4x');
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const ROOT = join(import.meta.dirname, '..', '..');
const SEVEN = (JSON.parse(readFileSync(join(ROOT, 'e2e', 'fixtures', 'clear-digits.json'), 'utf8')) as { digits: { label: number; strokes: number[][][] }[] }).digits.find(
  (d) => d.label === 7,
)!;

// Plain JavaScript text (tsx would wrap a function's closures in helpers the page lacks): the time
// the answer for the finished drawing lands, when the pad first showed, when the ready model was
// in use (so the answer's wait is not the drawing's) and when the pen last lifted.
const PROBE = `
  window.answeredAt = null; window.padAt = null; window.modelAt = null; window.penUpAt = null;
  addEventListener('pointerup', () => { window.penUpAt = performance.now(); }, true);
  const model = setInterval(() => {
    if (/Ready model:/.test(document.querySelector('.model-note')?.textContent || '')) { window.modelAt = performance.now(); clearInterval(model); }
  }, 10);
  const watch = () => {
    if (window.padAt === null && document.querySelector('canvas')) window.padAt = performance.now();
    const status = document.querySelector('.verdict-text[role=status]');
    if (!status) return void setTimeout(watch, 10);
    new MutationObserver(() => {
      if (window.answeredAt === null && status.getAttribute('aria-busy') === 'false' && /^Prediction: /.test(status.textContent || '')) window.answeredAt = performance.now();
    }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
  };
  watch();
`;

interface Visit {
  answeredAt: number;
  padAt: number | null;
  modelAt: number | null;
  penUpAt: number | null;
  verdict: string | null;
}

/** One fresh visit on slow 4G (a new context: no cache, no service worker) that draws a 7 as soon as the pad shows. */
async function visitOnce(browser: Browser, url: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    if (CPU_4X) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(PROBE);
    await page.goto(url, { waitUntil: 'commit' });
    const pad = page.getByRole('img', { name: 'Drawing pad' });
    await pad.waitFor();
    const box = (await pad.boundingBox())!;
    for (const stroke of penDigitToStrokes(SEVEN.strokes)) {
      const at = (p: { x: number; y: number }) => [box.x + (p.x / PAD_SIZE) * box.width, box.y + (p.y / PAD_SIZE) * box.height] as const;
      await page.mouse.move(...at(stroke[0]));
      await page.mouse.down();
      for (const p of stroke.slice(1)) await page.mouse.move(...at(p));
      await page.mouse.up();
    }
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).answeredAt !== null, null, { timeout: 60_000 });
    const times = (await page.evaluate(() => { const p = (globalThis as unknown as PageGlobals); return { answeredAt: p.answeredAt, padAt: p.padAt, modelAt: p.modelAt, penUpAt: p.penUpAt }; })) as Omit<Visit, 'verdict'>;
    return { ...times, verdict: await page.locator('.verdict-text[role=status]').textContent() };
  } finally {
    await context.close();
  }
}

const builds = [{ name: 'this checkout', site: await serveProductionBuild('.slow-4g-dist'), answered: [] as number[] }];
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  if (AGAINST) builds.push({ name: AGAINST, site: await serveRevisionBuild(AGAINST, '.slow-4g-dist-against'), answered: [] });
  console.log(`First visit on emulated slow 4G (1.6 Mbit/s, 150 ms RTT)${CPU_4X ? ', CPU 4x slower' : ''}, production build${builds.length > 1 ? 's' : ''} at ${builds.map((b) => `${b.site.url} (${b.name})`).join(' and ')}, Chromium ${browser.version()}`);
  const s = (ms: number | null) => (ms === null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
  for (let visit = 1; visit <= VISITS; visit++) {
    // Alternate which build goes first, so neither always meets the browser just after the other.
    for (const b of visit % 2 ? builds : [...builds].reverse()) {
      const { answeredAt, padAt, modelAt, penUpAt, verdict } = await visitOnce(browser, b.site.url);
      b.answered.push(answeredAt);
      console.log(`visit ${visit}${builds.length > 1 ? ` (${b.name})` : ''}: pad shown at ${s(padAt)}, ready model in use at ${s(modelAt)}, last pen lift at ${s(penUpAt)}, drawing answered at ${s(answeredAt)} (${verdict})`);
    }
  }
  for (const b of builds) {
    const sorted = [...b.answered].sort((x, y) => x - y);
    console.log(`${builds.length > 1 ? `${b.name}: ` : ''}navigation -> answer: median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s, worst ${(sorted.at(-1)! / 1000).toFixed(2)} s (target: 2.5 s)`);
  }
} finally {
  await browser.close();
  for (const b of builds) await b.site.close();
}
