/**
 * Issue 21's in-page target, 99.0% on MNIST's test set within 60 s of pressing Train: the "99% in about
 * a minute" preset in the production build (headless Chromium, cross-origin isolated by vite preview's
 * headers), pressed with 1 worker and with 2, alternately, each in a fresh context. Prints, per run, the
 * seconds from the click on Train until each epoch's accuracy line shows, and the engine line.
 * Run: npx tsx scripts/bench/time-to-99.ts [rounds] [--epochs 5] [--workers 1,2] (5: all of the preset's epochs)
 */
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium-launch.ts';
import { serveProductionBuild } from './serve-build.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { epochs: { type: 'string', default: '5' }, workers: { type: 'string', default: '1,2' } },
});
const ROUNDS = Number(positionals[0] ?? 2);
const EPOCHS = Number(values.epochs);
const WORKERS = values.workers.split(',').map(Number);

/** One run: seconds to each epoch's line, its accuracy, and the engine line. */
async function run(browser: Browser, url: string, workers: number): Promise<string> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    const train = page.getByRole('button', { name: 'Train' });
    await train.waitFor();
    await page.getByRole('button', { name: /99% in about a minute/ }).click();
    await page.getByRole('textbox', { name: 'Workers value' }).fill(String(workers));
    // A click waits for Train to be enabled (MNIST loaded); the clock starts once it is done.
    await train.click({ timeout: 60_000 });
    const started = Date.now();
    const epochs: string[] = [];
    for (let e = 1; e <= EPOCHS; e++) {
      const line = page.getByText(new RegExp(`^Epoch ${e}: test accuracy`));
      await line.waitFor({ timeout: 180_000 });
      const accuracy = /[\d.]+%/.exec((await line.textContent()) ?? '')?.[0] ?? '?';
      epochs.push(`${e}: ${((Date.now() - started) / 1000).toFixed(1)} s ${accuracy}`);
    }
    const engine = (await page.getByText(/^Engine: /).textContent()) ?? '';
    return `${workers} worker${workers > 1 ? 's' : ''}: ${epochs.join(' | ')}\n  ${engine}`;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const server = await serveProductionBuild('.time-to-99-dist');
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    console.log(`"99% in about a minute" preset, Chromium ${browser.version()}: seconds from pressing Train to each epoch's line`);
    for (let r = 0; r < ROUNDS; r++) for (const workers of WORKERS) console.log(await run(browser, server.url, workers));
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`time-to-99: ${(error as Error).message}`);
  process.exit(1);
});
