import { expect, test } from '@playwright/test';
import { chooseRun, CLEAR_DIGITS, drawDigit, finalPrediction, openApp, runQuickComparison, useDenseReadyModel } from './app-page.ts';
import { trainToTheEnd, waitUntilKeptForOffline } from './pwa-page.ts';

// Each test has a fresh context (so a fresh service worker); they must be allowed to run.
test.use({ serviceWorkers: 'allow' });

const seven = CLEAR_DIGITS.find((d) => d.label === 7)!;

test('after one online visit the app works offline: it answers a drawing, trains on MNIST and pen-drawn digits, looks inside, saves and compares', async ({ page, context }) => {
  test.setTimeout(480_000);
  await openApp(page);
  await waitUntilKeptForOffline(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'NN Magic' })).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);
  // The fully connected ready model is kept for offline use too.
  await useDenseReadyModel(page);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);

  // MNIST from the service worker's cache: a short run.
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await trainToTheEnd(page);
  await expect(page.getByText(/^Epoch 1: test accuracy/)).toBeVisible();

  // Look inside (a lazily loaded chunk, from the precache) follows the drawing.
  const inside = page.getByRole('region', { name: 'Look inside' });
  await expect(inside.getByText(/^Output layer: brightest/)).toBeVisible();

  // Saved in this browser's storage, offline as online.
  await page.getByLabel('Save the model in use as').fill('Offline run');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('listitem', { name: 'Offline run' })).toBeVisible();

  // The pen-drawn digits, also from the cache.
  await page.getByLabel('Training data').selectOption('mnist+drawn');
  await trainToTheEnd(page);
  await expect(page.getByText(/^Epoch 1: test accuracy/)).toBeVisible();

  // The comparison: its worker, TF.js and TF.js's WebAssembly come from the precache.
  const card = await runQuickComparison(page);
  await expect(card.getByRole('status')).toContainText('After epoch 1', { timeout: 120_000 });
  await expect(card.getByRole('status')).toContainText('Ours: done');
  await expect(card.getByRole('status')).toContainText('TF.js: done');
});

test('offline on the first visit: Train trains and draws its charts, whose code the service worker kept before the connection went', async ({ page, context }) => {
  await openApp(page);
  await waitUntilKeptForOffline(page);
  // The first visit's page is taken over by the service worker once it is active.
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { message: 'the service worker controls the first visit' }).toBe(true);

  await context.setOffline(true);
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await trainToTheEnd(page);
  await expect(page.getByRole('img', { name: /^Training cost chart/ }).locator('svg').first()).toBeVisible();
  await expect(page.getByRole('img', { name: /^Accuracy chart/ }).locator('svg').first()).toBeVisible();
  await expect(page.getByText('This part of the page stopped working')).toHaveCount(0);
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a chart whose code cannot be downloaded fails in its place, the run keeps its controls, and Retry loads it once the connection is back', async ({ page }) => {
    await openApp(page);
    const chartCode = '**/assets/CostLines-*.js';
    await page.route(chartCode, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: /Nielsen ch\. 3/ }).click();
    await page.getByRole('radio', { name: 'Watch' }).check();
    await page.getByRole('button', { name: 'Train' }).click();

    const failure = page.getByRole('alert').filter({ hasText: 'This part of the page stopped working' });
    await expect(failure).toContainText('Its code could not be downloaded');
    // Only the charts failed: the run is still shown, and it can be stopped.
    await expect(page.getByRole('button', { name: 'Stop' })).toBeEnabled();
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();

    await page.unroute(chartCode);
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(failure).toBeHidden();
    await expect(page.getByRole('img', { name: /^Training cost chart/ }).locator('svg').first()).toBeVisible();
  });
});

test('the app can be installed: its manifest names it and has icons the browser can load', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('NN Magic'), display: 'standalone' });
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const response = await request.get(new URL(icon.src, new URL(href!, page.url())).href);
    expect(response.ok(), icon.src).toBe(true);
  }
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('a static host answers robots.txt and a missing page with the 404 page', async ({ page, request }) => {
  expect(await (await request.get('/robots.txt')).text()).toMatch(/User-agent: \*/);
  await page.goto('/404.html');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Open NN Magic' }).click();
  await expect(page.getByRole('heading', { name: 'NN Magic' })).toBeVisible();
});

test('offline after one online visit, the guided path’s "Why convolution" loads its small convolutional network from the precache', async ({ page, context }) => {
  await openApp(page);
  await waitUntilKeptForOffline(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await drawDigit(page, seven.strokes);
  await finalPrediction(page);
  await page.getByRole('button', { name: /^How does it work\?/ }).click();
  const path = page.getByRole('region', { name: 'How it works', exact: true });
  for (let step = 1; step < 5; step++) await path.getByRole('button', { name: 'Next' }).click();
  await expect(path.getByRole('heading', { level: 3 })).toHaveText('Why convolution');
  await expect(path.getByRole('list', { name: 'What each network reads' }).getByRole('listitem').filter({ hasText: /^The convolutional network/ })).toContainText('reads 7 ');
});
