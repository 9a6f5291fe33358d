import { expect, test } from '@playwright/test';
import { openApp } from './app-page.ts';

// TF.js is bundled into the framework worker's chunk; its WebAssembly files keep their names
// (assets/tfjs-backend-wasm-simd-<hash>.wasm in the build output).
const TFJS_REQUEST = /tfjs|tf-backend|framework\.worker/;

test('opening Manual vs framework is what loads TF.js; a short run draws both curves and both speeds', async ({ page, context }) => {
  const requests: string[] = [];
  // The context also hears the workers' requests (the worker script and the .wasm it fetches). Not
  // the service worker's: it fetches every chunk, TF.js too, for offline use, without running them.
  context.on('request', (request) => void (request.serviceWorker() ? null : requests.push(request.url())));
  page.on('request', (request) => requests.push(request.url()));

  await openApp(page);
  const card = page.getByRole('region', { name: 'Manual vs framework' });
  await card.scrollIntoViewIfNeeded();
  expect(requests.filter((url) => TFJS_REQUEST.test(url))).toEqual([]);

  await card.getByRole('button', { name: 'Open the comparison' }).click();
  await card.getByLabel('Hidden neurons').fill('20');
  await card.getByLabel('Epochs').fill('2');
  await card.getByLabel('Training images').selectOption('1000');
  await card.getByRole('button', { name: 'Run both' }).click();
  await expect.poll(() => requests.filter((url) => TFJS_REQUEST.test(url)).length).toBeGreaterThan(0);

  // The live summary gives the verdict once both sides ended.
  await expect(card.getByRole('status')).toContainText('After epoch 2', { timeout: 90_000 });
  await expect(card.getByRole('status')).toContainText('Ours: done');
  await expect(card.getByRole('status')).toContainText('TF.js: done');

  // Two accuracy curves, each a line through both epochs ("M x,y L x,y").
  const accuracyCurves = card.getByRole('figure').locator('.compare-accuracy path.recharts-line-curve');
  await expect(accuracyCurves).toHaveCount(2);
  for (const curve of await accuracyCurves.all()) await expect(curve).toHaveAttribute('d', /L/);

  for (const side of [/^Ours/, /^TF\.js/]) {
    await expect(card.getByRole('region', { name: side })).toContainText(/[\d,]+ examples\/s/);
  }
});

test('an absurd value is named and starts nothing', async ({ page }) => {
  await openApp(page);
  const card = page.getByRole('region', { name: 'Manual vs framework' });
  await card.getByRole('button', { name: 'Open the comparison' }).click();
  await card.getByLabel('Hidden neurons').fill('5000');
  await expect(card.getByText('hidden layer size must be a whole number from 10 to 300, got 5000').first()).toBeVisible();
  await card.getByRole('button', { name: 'Run both' }).click();
  await expect(card.getByRole('alert')).toContainText('Not started: hidden layer size must be');
  await expect(card.getByRole('button', { name: 'Stop' })).toBeDisabled();
  await expect(card.getByRole('status')).toHaveCount(0);
});

test('a small convolutional network trains on both sides: both curves, both speeds, and the chart names both accuracies', async ({ page }) => {
  await openApp(page);
  const card = page.getByRole('region', { name: 'Manual vs framework' });
  await card.getByRole('button', { name: 'Open the comparison' }).click();
  await card.getByLabel('Kind of network').selectOption('conv');
  // Choosing it sets the book's learning rate for a softmax network.
  await expect(card.getByLabel('Learning rate η')).toHaveValue('0.1');
  // The description is read by the app's one parser, which says what is wrong in one sentence.
  await card.getByLabel('Layers', { exact: true }).fill('conv 4@5x5, pool 3, 10');
  await expect(card.getByText('pool 3: pooling is 2x2')).toBeVisible();
  await card.getByLabel('Layers', { exact: true }).fill('conv 4@5x5, pool 2, 10');
  await expect(card.getByText('pool 3: pooling is 2x2')).toHaveCount(0);
  await card.getByLabel('Activation').selectOption('relu');
  await card.getByLabel('Epochs').fill('2');
  // TF.js's convolutions are slow on a 2-core machine: the smallest training set keeps the run short.
  await card.getByLabel('Training images').selectOption('1000');
  await card.getByRole('button', { name: 'Run both' }).click();

  await expect(card.getByRole('status')).toContainText('After epoch 2', { timeout: 60_000 });
  await expect(card.getByRole('status')).toContainText('Ours: done');
  await expect(card.getByRole('status')).toContainText('TF.js: done');
  const accuracyCurves = card.getByRole('figure').locator('.compare-accuracy path.recharts-line-curve');
  await expect(accuracyCurves).toHaveCount(2);
  for (const curve of await accuracyCurves.all()) await expect(curve).toHaveAttribute('d', /L/);
  await expect(card.getByRole('img', { name: /After epoch 2: test accuracy ours \d+\.\d%, TF\.js \d+\.\d%/ })).toBeVisible();
  await expect(card.getByRole('figure')).toContainText('the log-likelihood cost both sides train with');
  for (const side of [/^Ours/, /^TF\.js/]) {
    await expect(card.getByRole('region', { name: side })).toContainText(/[\d,]+ examples\/s/);
  }
});
