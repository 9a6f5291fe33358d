/**
 * Lighthouse's mobile profile (its default: a mid-range phone, simulated slow 4G of 1.6 Mbit/s
 * and 150 ms round trips, CPU slowed 4x) against the production build, as a first visit (storage
 * and service worker cleared): the performance score and its timings, and what the largest paint was.
 * Run: npx tsx scripts/bench/lighthouse.ts [runs] (part of `npm run bench`; targets: score >= 95, LCP <= 2.5 s).
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveProductionBuild } from './serve-build.ts';

const RUNS = Number(process.argv[2] ?? 1);
/** LIGHTHOUSE_JSON=/tmp/lhr.json keeps the last run's full report, to look into. */
const SAVE = process.env.LIGHTHOUSE_JSON;
const CHROME = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const METRICS = [
  ['first-contentful-paint', 'First contentful paint'],
  ['largest-contentful-paint', 'Largest contentful paint'],
  ['total-blocking-time', 'Total blocking time'],
  ['cumulative-layout-shift', 'Cumulative layout shift'],
  ['speed-index', 'Speed index'],
  ['interactive', 'Time to interactive'],
] as const;

const site = await serveProductionBuild('.lighthouse-dist');
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  console.log(`Lighthouse mobile profile, production build served by vite preview at ${site.url}`);
  for (let run = 1; run <= RUNS; run++) {
    const result = await lighthouse(site.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
    console.log(`run ${run}: performance ${score} (Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`);
    for (const [id, name] of METRICS) console.log(`  ${name}: ${lhr.audits[id].displayValue}`);
    const lcp = JSON.stringify(lhr.audits['largest-contentful-paint-element']?.details ?? {});
    const snippet = /"snippet":"((?:[^"\\]|\\.)*)"/.exec(lcp)?.[1];
    if (snippet) console.log(`  largest paint: ${snippet.slice(0, 160)}`);
    if (SAVE) writeFileSync(SAVE, JSON.stringify(lhr));
  }
} finally {
  chrome.kill();
  await site.close();
}
