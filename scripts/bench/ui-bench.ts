/**
 * How the page feels, measured in headless Chromium on the production build:
 * 1. a fresh visit: time from navigation start to the ready model in use (visits that only wait for it),
 *    and to a prediction of a drawing made as soon as the pad shows (visits that draw);
 * 2. while a run trains: main-thread long tasks (>= 50 ms, PerformanceObserver 'longtask') and the time
 *    from a stroke's end to the prediction for it.
 * Run: npx tsx scripts/bench/ui-bench.ts (part of `npm run bench`); --first-visit [visits] for part 1 only;
 * --against REV also builds git revision REV and alternates the first visits between the two builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium-launch.ts';
import { firstVisitArgs, serveProductionBuild, serveRevisionBuild } from './serve-build.ts';
import { PAD_SIZE } from '../../src/drawing/brush.ts';
import { penDigitToStrokes } from '../../src/drawing/pen-digits.ts';

// The page's probes (globals the init script defines), read by functions that run in the page, not by evaluated
// strings: the app's Content-Security-Policy forbids eval.
type PageGlobals = Record<string, unknown> & { longTasks: number[] };

const ROOT = join(import.meta.dirname, '..', '..');
const { count: FIRST_VISITS, against: AGAINST } = firstVisitArgs(5);
const TRAINING_WINDOW_MS = 15_000;
const ONLY_FIRST_VISIT = process.argv.includes("--first-visit");
const DIGITS = (JSON.parse(readFileSync(join(ROOT, 'e2e', 'fixtures', 'clear-digits.json'), 'utf8')) as { digits: { strokes: number[][][] }[] }).digits;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function draw(page: Page, strokes: number[][][]): Promise<void> {
  const box = (await page.getByRole('img', { name: 'Drawing pad' }).boundingBox())!;
  for (const stroke of penDigitToStrokes(strokes)) {
    const at = (p: { x: number; y: number }) => [box.x + (p.x / PAD_SIZE) * box.width, box.y + (p.y / PAD_SIZE) * box.height] as const;
    await page.mouse.move(...at(stroke[0]));
    await page.mouse.down();
    for (const p of stroke.slice(1)) await page.mouse.move(...at(p));
    await page.mouse.up();
  }
}

/**
 * Page-side probes: long tasks, pointer-up times, when each final prediction landed and when MNIST
 * was ready. Plain JavaScript text: tsx would wrap a function's inner closures in helpers the page lacks.
 */
const PROBES = `
  window.longTasks = []; window.latencies = []; window.firstPrediction = null; window.mnistReady = null; window.modelReady = null;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration)))
    .observe({ type: 'longtask', buffered: true });
  let lastUp = null;
  addEventListener('pointerup', () => { lastUp = performance.now(); }, true);
  const trainReady = () => [...document.querySelectorAll('.train-card button')].some((b) => b.textContent === 'Train' && !b.disabled);
  const poll = setInterval(() => {
    if (window.modelReady === null && /Ready model:/.test(document.querySelector('.model-note')?.textContent || '')) window.modelReady = performance.now();
    if (window.mnistReady === null && trainReady()) window.mnistReady = performance.now();
    if (window.mnistReady !== null && window.modelReady !== null) clearInterval(poll);
  }, 20);
  const watch = () => {
    const status = document.querySelector('.verdict-text[role=status]');
    if (!status) return void setTimeout(watch, 20);
    new MutationObserver(() => {
      const done = status.getAttribute('aria-busy') === 'false' && /^Prediction: /.test(status.textContent || '');
      if (done && window.firstPrediction === null) window.firstPrediction = performance.now();
      if (done && lastUp !== null) { window.latencies.push(performance.now() - lastUp); lastUp = null; }
    }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
  };
  addEventListener('DOMContentLoaded', watch);
`;

/**
 * The ready model's visits: the moment its note is in the page (a MutationObserver, so no poll adds
 * its interval), told to the bench as a console message. Nothing of Playwright's runs in the page
 * until then: its selector engine (about 330 kB of script, evaluated on the page's main thread at the
 * first locator) landed in the middle of the first render when the drawing visits measured this.
 */
const READY_MESSAGE = 'ui-bench: the ready model in use at';
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    if (!/Ready model:/.test(document.querySelector('.model-note')?.textContent || '')) return;
    observer.disconnect();
    console.debug('${READY_MESSAGE} ' + performance.now());
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

/** One fresh visit (a new context: no cache, no storage) that only waits for the ready model: ms from navigation start. */
async function readyModelVisit(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    const said = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(READY_MESSAGE), timeout: 60_000 });
    await page.goto(url, { waitUntil: 'commit' });
    return Number((await said).text().slice(READY_MESSAGE.length));
  } finally {
    await context.close();
  }
}

interface FirstVisit {
  modelReady: number | null;
  firstPrediction: number;
  mnistReady: number | null;
  latencies: number[];
}

/** One fresh visit (a new context: no cache, no storage) that draws a 7 as soon as the pad shows. */
async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBES);
    await page.goto(url);
    await draw(page, DIGITS[7].strokes);
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).firstPrediction !== null, null, { timeout: 60_000 }).catch(async (error: Error) => {
      throw new Error(`no prediction within 60 s; the page says: ${await page.locator(".verdict-text").textContent()}`, { cause: error });
    });
    return (await page.evaluate(() => { const p = (globalThis as unknown as PageGlobals); return { firstPrediction: p.firstPrediction, mnistReady: p.mnistReady, latencies: p.latencies, modelReady: p.modelReady }; })) as FirstVisit;
  } finally {
    await context.close();
  }
}

const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(', ');

function reportFirstVisits(readyAt: number[], visits: FirstVisit[], name: string): void {
  const firsts = visits.map((v) => v.firstPrediction);
  const modelReadyAt = visits.flatMap((v) => (v.modelReady === null ? [] : [v.modelReady]));
  const mnistReadyAt = visits.flatMap((v) => (v.mnistReady === null ? [] : [v.mnistReady]));
  const afterPenLift = visits.flatMap((v) => v.latencies.slice(0, 1));
  const beforeMnist = visits.filter((v) => v.mnistReady === null || v.mnistReady > v.firstPrediction).length;
  console.log(`${name}fresh visit, navigation start -> the ready model in use (a drawing finished from then on is answered): median ${median(readyAt).toFixed(0)} ms (${list(readyAt)})`);
  console.log(`${name}  the same in the visits that draw at once (Playwright's selector engine and mouse in the page meanwhile; a 20 ms poll): median ${median(modelReadyAt).toFixed(0)} ms (${list(modelReadyAt)}); MNIST loaded (Train enabled): median ${mnistReadyAt.length ? median(mnistReadyAt).toFixed(0) : 'n/a'} ms`);
  console.log(`${name}fresh visit, navigation start -> prediction of a drawing: median ${median(firsts).toFixed(0)} ms (${firsts.map((t) => t.toFixed(0)).join(', ')}); before MNIST finished loading in ${beforeMnist} of ${visits.length}; the last pen lift -> prediction: median ${median(afterPenLift).toFixed(0)} ms (Playwright's mouse moves take most of the rest)`);
}

async function main(): Promise<void> {
  const site = await serveProductionBuild('.ui-bench-dist');
  const url = site.url;
  const peer = AGAINST ? await serveRevisionBuild(AGAINST, '.ui-bench-dist-against') : null;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log(`UI benchmark, production build in headless Chromium ${browser.version()}, ${url}${peer ? `; ${AGAINST} at ${peer.url}, the two visited alternately` : ''}`);
    const ours = { readyAt: [] as number[], visits: [] as FirstVisit[] };
    const theirs = { readyAt: [] as number[], visits: [] as FirstVisit[] };
    const visitBoth = async (site: typeof ours, at: string) => {
      site.readyAt.push(await readyModelVisit(browser, at));
      site.visits.push(await firstVisit(browser, at));
    };
    for (let i = 0; i < FIRST_VISITS; i++) {
      // Alternate which build goes first, so neither always meets the browser just after the other.
      if (peer && i % 2) await visitBoth(theirs, peer.url);
      await visitBoth(ours, url);
      if (peer && !(i % 2)) await visitBoth(theirs, peer.url);
    }
    reportFirstVisits(ours.readyAt, ours.visits, peer ? 'this checkout: ' : '');
    if (peer) {
      reportFirstVisits(theirs.readyAt, theirs.visits, `${AGAINST}: `);
      console.log(`the ready model in use, this checkout ÷ ${AGAINST}: ${(median(ours.readyAt) / median(theirs.readyAt)).toFixed(2)}x`);
    }

    if (ONLY_FIRST_VISIT) return;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(PROBES);
    await page.goto(url);
    await page.getByRole('button', { name: 'Train' }).waitFor();
    await page.waitForFunction(() => (globalThis as unknown as PageGlobals).mnistReady !== null, null, { timeout: 120_000 });
    await page.getByRole('button', { name: /Nielsen ch. 3/ }).click();
    await page.getByRole('button', { name: 'Train' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.evaluate(() => void ((globalThis as unknown as PageGlobals).longTasks = []));
    const started = Date.now();
    // Draw and clear the ten clear digits over and over while the run trains.
    let drawn = 0;
    while (Date.now() - started < TRAINING_WINDOW_MS) {
      await page.keyboard.press('Escape');
      await draw(page, DIGITS[drawn % DIGITS.length].strokes);
      drawn++;
    }
    const { longTasks, latencies } = (await page.evaluate(() => { const p = (globalThis as unknown as PageGlobals); return { longTasks: p.longTasks, latencies: p.latencies }; })) as { longTasks: number[]; latencies: number[] };
    const seconds = (Date.now() - started) / 1000;
    console.log(`while training (ch. 3 preset) and drawing ${drawn} digits for ${seconds.toFixed(1)} s: ${longTasks.length} long tasks >= 50 ms${longTasks.length ? ` (${longTasks.map(Math.round).join(', ')} ms)` : ''}`);
    console.log(`stroke end -> prediction while training: median ${median(latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} drawings`);
  } finally {
    await browser.close();
    await site.close();
    await peer?.close();
  }
}

await main();
