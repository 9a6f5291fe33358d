/**
 * Lighthouse's mobile profile (its default: a mid-range phone, simulated slow 4G of 1.6 Mbit/s
 * and 150 ms round trips, CPU slowed 4x) against the production build, as a first visit (storage
 * and service worker cleared): the performance score and its timings, and what the largest paint was.
 * Run: npx tsx scripts/bench/lighthouse.ts [runs] (part of `npm run bench`; targets: score >= 95, LCP <= 2.5 s).
 * With --against REV (a commit or branch) it also builds that revision and runs both builds alternately
 * in one Chromium, then prints each one's medians: on this noisy 2-core machine, runs of separate calls
 * differ by more than most changes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { firstVisitArgs, serveProductionBuild, serveRevisionBuild, type ServedBuild } from './serve-build.ts';

const { count: RUNS, against: AGAINST } = firstVisitArgs(1);
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

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const builds: { name: string; site: ServedBuild; scores: number[]; blocking: number[] }[] = [{ name: 'this checkout', site: await serveProductionBuild('.lighthouse-dist'), scores: [], blocking: [] }];
const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
try {
  if (AGAINST) builds.push({ name: AGAINST, site: await serveRevisionBuild(AGAINST, '.lighthouse-dist-against'), scores: [], blocking: [] });
  console.log(`Lighthouse mobile profile, production build${builds.length > 1 ? 's' : ''} served by vite preview: ${builds.map((b) => `${b.name} at ${b.site.url}`).join(', ')}`);
  for (let run = 1; run <= RUNS; run++) {
    // Alternate which build goes first, so neither always meets the browser just after the other.
    for (const b of run % 2 ? builds : [...builds].reverse()) {
      const result = await lighthouse(b.site.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const score = Math.round((lhr.categories.performance.score ?? 0) * 100);
      b.scores.push(score);
      b.blocking.push(lhr.audits['total-blocking-time'].numericValue ?? 0);
      console.log(`run ${run}${builds.length > 1 ? ` (${b.name})` : ''}: performance ${score} (Lighthouse ${lhr.lighthouseVersion}, ${lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`);
      for (const [id, name] of METRICS) console.log(`  ${name}: ${lhr.audits[id].displayValue}`);
      const lcp = JSON.stringify(lhr.audits['largest-contentful-paint-element']?.details ?? {});
      const snippet = /"snippet":"((?:[^"\\]|\\.)*)"/.exec(lcp)?.[1];
      if (snippet) console.log(`  largest paint: ${snippet.slice(0, 160)}`);
      if (SAVE) writeFileSync(SAVE, JSON.stringify(lhr));
    }
  }
  if (RUNS > 1 || builds.length > 1) {
    for (const b of builds) console.log(`${b.name}: performance median ${median(b.scores)} (${b.scores.join(', ')}), total blocking time median ${Math.round(median(b.blocking))} ms`);
  }
  if (builds.length > 1) console.log(`total blocking time, this checkout ÷ ${AGAINST}: ${(median(builds[0].blocking) / median(builds[1].blocking)).toFixed(2)}x`);
} finally {
  chrome.kill();
  for (const b of builds) await b.site.close();
}
