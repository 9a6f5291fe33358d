import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chooseRun, CLEAR_DIGITS, drawDigit, finalPrediction, runQuickComparison } from './app-page.ts';
import { startStaticServer, type StaticHost } from './static-server.ts';
import { trainToTheEnd, waitUntilKeptForOffline } from './pwa-page.ts';

test.use({ serviceWorkers: 'allow' });
// In order, in one worker: the tests share the build made once below.
test.describe.configure({ mode: 'default' });

const BASE = '/nn-magic/';
let outDir: string;
let host: StaticHost;

// Built as for a project page (BASE_PATH=/nn-magic/), served by a host that sends no COOP/COEP.
test.beforeAll(async () => {
  test.setTimeout(180_000);
  outDir = mkdtempSync(join(tmpdir(), 'nn-magic-subpath-'));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { env: { ...process.env, BASE_PATH: BASE }, stdio: 'inherit' });
  host = await startStaticServer(outDir, BASE);
});

test.afterAll(() => {
  host?.server.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('on a plain static host, under a sub-path: one worker at first, saying why; several once the service worker adds the headers', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto(host.url);
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await drawDigit(page, CLEAR_DIGITS.find((d) => d.label === 7)!.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  await expect(page.getByText(/Runs use one worker here/)).toBeVisible();

  // Trains on one worker, as the engine line says.
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await trainToTheEnd(page);
  await expect(page.getByText(/^Engine: .* · 1 worker/)).toBeVisible();

  await waitUntilKeptForOffline(page);
  await expect(page.getByText(/reload the page to train on several workers/)).toBeVisible();
  await page.reload();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await expect(page.getByText(/Runs use one worker here/)).toBeHidden();
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await trainToTheEnd(page);
  await expect(page.getByText(/^Engine: /)).toHaveText(cores > 1 ? /· [2-4] workers/ : /· 1 worker/);
});

test('the sub-path build fetches every file under its base: nothing outside /nn-magic/ is requested', async ({ page, context }) => {
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === new URL(host.url).origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
  // The comparison too: its workers, TF.js's WebAssembly and its own MNIST download.
  const card = await runQuickComparison(page);
  await expect(card.getByRole('status')).toContainText('TF.js: done', { timeout: 150_000 });
  expect(outside).toEqual([]);
  await page.goto(`${host.url}no-such-page`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Open NN Magic' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}(\\?.*)?$`));
});

test('a new version is announced, not swapped in under a running training: it starts when the person presses Reload', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
  await waitUntilKeptForOffline(page);

  // The site is updated: its service worker changes, as any new build's does.
  host.edit = (path, body) => (path.endsWith('/sw.js') ? Buffer.concat([body, Buffer.from('\n// a new version\n')]) : body);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
  // In Watch the run goes on for minutes: it is still running when the notice comes, however fast this machine trains.
  await page.getByRole('button', { name: /Nielsen ch\. 3/ }).click();
  await page.getByRole('radio', { name: 'Watch' }).check();
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText('Reloading now ends the training');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();

  // Reload loads the page again: on the new page no run is going (Pause is there, disabled).
  await pressReloadAndSeeTheNewPage(page, notice);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'NN Magic' })).toBeVisible();
  await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  await expect(notice).toBeHidden();
  host.edit = (_path, body) => body;
});

test('a new version published while the page stays open: Reload loads it, though the page started before the app was kept offline', async ({ page }) => {
  // A first visit: the page opens before any service worker controls it, and stays open.
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
  await waitUntilKeptForOffline(page);

  // The site is updated; the browser's update check (hourly, or when the tab comes back into view) finds it.
  host.edit = (path, body) => (path.endsWith('/sw.js') ? Buffer.concat([body, Buffer.from('\n// another new version\n')]) : body);
  await page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())!.update()));
  const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(notice).toBeVisible({ timeout: 60_000 });

  await pressReloadAndSeeTheNewPage(page, notice);
  await expect(page.getByRole('heading', { name: 'NN Magic' })).toBeVisible();
  await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
  await expect(notice).toBeHidden();
  host.edit = (_path, body) => body;
});

/**
 * Presses the notice's Reload and waits until the page has really loaded again (a new document,
 * a new time origin) and the app is there to use. What a person sees, not the `load` event:
 * after a reload the page makes itself, Playwright on Chromium 156 sometimes never reports one.
 */
async function pressReloadAndSeeTheNewPage(page: Page, notice: Locator): Promise<void> {
  const before = await page.evaluate(() => performance.timeOrigin);
  await notice.getByRole('button', { name: 'Reload' }).click();
  // While the page reloads, evaluate may throw (its context is gone): the poll asks again.
  await expect
    .poll(() => page.evaluate(() => performance.timeOrigin).catch(() => before), { message: 'pressing Reload loads the page again', timeout: 30_000 })
    .not.toBe(before);
  await expect(page.getByRole('heading', { name: 'NN Magic' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
}
