import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CLEAR_DIGITS, chooseRun, drawDigit, finalPrediction, keptSession, openApp } from './app-page.ts';

/** The ten output meters, as a screen reader reads them (0.1% steps). */
const outputs = async (page: Page) => {
  await finalPrediction(page);
  return page.getByRole('meter').evaluateAll((meters) => meters.slice(0, 10).map((m) => m.getAttribute('aria-valuenow')));
};

const seven = CLEAR_DIGITS.find((d) => d.label === 7)!;
const fileInput = (page: Page) => page.getByLabel('Model file to import');

/** Holds back the requests matching `pattern` until the returned function is called. */
async function holdBack(context: BrowserContext, pattern: string): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the ready model reads a drawing before any training, while MNIST still downloads', async ({ page, context }) => {
  // Hold the training images back: the answer must not depend on them.
  const release = await holdBack(context, '**/mnist/train-images*');
  await page.goto('/');
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
  release();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled({ timeout: 60_000 });
});

test('Reset pressed while the ready model downloads: the fresh weights stay, the ready model does not replace them', async ({ page, context }) => {
  const release = await holdBack(context, '**/models/ready.bin');
  await page.goto('/');
  await page.getByRole('button', { name: 'Reset' }).click();
  release();
  // The sample digits load once the first model is settled: by then the ready model had its chance.
  await expect(page.getByRole('button', { name: 'Sample digit 7' })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Sample digit 7' }).click();
  expect(await finalPrediction(page)).toMatch(/^Untrained: the network is guessing/);
  await expect(page.getByText('Ready model:')).toHaveCount(0);
});

test('a trained model, its answers and its curves survive a reload; exported, it answers the same in a fresh browser; a bad file changes nothing', async ({ page, browser }) => {
  await openApp(page);
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 120_000 });
  await drawDigit(page, seven.strokes);
  const trained = await outputs(page);
  const accuracy = await page.getByText(/^Epoch 1: test accuracy/).textContent();
  await expect.poll(() => keptSession(page)).toEqual({ epochs: 1, status: 'done' });

  await page.reload();
  await expect(page.getByText(/Restored from your last visit/).first()).toBeVisible();
  await expect(page.getByText(/^Epoch 1: test accuracy/)).toHaveText(accuracy!);
  await expect(page.getByText(/^Finished in/)).toBeVisible();
  await expect(page.getByText('The cost appears here once training starts.')).toBeHidden();
  await drawDigit(page, seven.strokes);
  expect(await outputs(page)).toEqual(trained);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^nn-magic-784-100-10-\d+\.\d\dpct\.json$/);
  const exported = readFileSync(await download.path());

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(other.getByText('Ready model:').first()).toBeVisible();
  await drawDigit(other, seven.strokes);
  const ready = await outputs(other);
  await fileInput(other).setInputFiles({ name: 'trained.json', mimeType: 'application/json', buffer: exported });
  await expect(other.getByRole('status').filter({ hasText: 'Loaded “trained.json”' })).toBeVisible();
  await expect.poll(() => outputs(other)).toEqual(trained);

  // A malformed file: the message names the fault; the model and its answers stay.
  const broken = JSON.parse(exported.toString()) as { layers: number[] };
  broken.layers = [784, 100, 9];
  await fileInput(other).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(other.getByRole('alert').filter({ hasText: '“broken.json” was not loaded' })).toContainText('output layer has 9 neurons, expected 10');
  await other.getByRole('button', { name: 'Clear' }).click();
  await drawDigit(other, seven.strokes);
  expect(await outputs(other)).toEqual(trained);
  expect(ready).not.toEqual(trained);
  await fresh.close();
});

test('an epoch on screen is kept: a reload the moment its line appears brings it back', async ({ page }) => {
  await openApp(page);
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 3);
  // The page reloads itself the instant the first epoch's line is drawn, as a person might press F5.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      if (!/Epoch 1: test accuracy/.test(document.body.textContent ?? '')) return;
      observer.disconnect();
      location.reload();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const before = await page.evaluate(() => performance.timeOrigin);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => page.evaluate(() => performance.timeOrigin).catch(() => before), { message: 'the page reloaded at the first epoch', timeout: 120_000 }).not.toBe(before);
  await expect(page.getByText(/^Epoch 1: test accuracy/)).toBeVisible();
  await expect(page.getByText(/A reload of the page interrupted it/).first()).toBeVisible();
});

test('named saves: save, rename, load and delete, listed with layers, settings, accuracy and date', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await page.getByLabel('Save the model in use as').fill('Shipped');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.getByRole('listitem', { name: 'Shipped' });
  await expect(saved).toContainText('conv 20@5x5, pool 2, conv 40@5x5, pool 2, 100, 10 · relu, log-likelihood cost');
  await expect(saved).toContainText(/best test 9\d\.\d\d% · \d+ \w+ 20\d\d/);

  await page.getByRole('button', { name: 'Rename Shipped' }).click();
  await page.getByLabel('New name for Shipped').fill('Ready, kept');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('listitem', { name: 'Ready, kept' })).toBeVisible();

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await page.getByRole('group', { name: /Throw the current model away/ }).getByRole('button', { name: 'Yes, reset' }).click();
  await expect(page.getByText('Untrained network.')).toBeVisible();
  await page.getByRole('button', { name: 'Load Ready, kept' }).click();
  await expect(page.getByText('Saved model:').first()).toBeVisible();

  await page.getByRole('button', { name: 'Delete Ready, kept' }).click();
  await page.getByRole('group', { name: 'Delete Ready, kept?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('None yet. Name the model in use above and press Save.')).toBeVisible();
});

test('a link sets every control; values out of range are ignored with a notice', async ({ page }) => {
  await page.goto('/?layers=784-60-30-10&activation=tanh&cost=cross-entropy&init=scaled&eta=0.25&batch=500&epochs=7&lambda=2.5&train=12000&seed=99');
  await expect(page.getByRole('alert').filter({ hasText: 'The link set one value out of range' })).toContainText('batch=500: mini-batch size must be a whole number from 1 to 100');
  await expect(page.getByRole('slider', { name: 'Neurons in hidden layer 2' })).toHaveValue('30');
  await expect(page.getByLabel('Hidden activation')).toHaveValue('tanh');
  await expect(page.getByLabel('Output and cost')).toHaveValue('cross-entropy');
  await expect(page.getByRole('textbox', { name: /Learning rate/ })).toHaveValue('0.25');
  await expect(page.getByRole('textbox', { name: 'Mini-batch size value' })).toHaveValue('10');
  await expect(page.getByRole('textbox', { name: 'Epochs value' })).toHaveValue('7');
  await expect(page.getByRole('textbox', { name: 'L2 regularisation λ value' })).toHaveValue('2.5');
  await expect(page.getByRole('textbox', { name: 'Training images value' })).toHaveValue('12000');
  await expect(page.getByRole('textbox', { name: 'Seed' })).toHaveValue('99');
  // The address follows the controls, so it can be shared as it is.
  await page.getByRole('textbox', { name: 'Seed' }).fill('5');
  await expect.poll(() => new URL(page.url()).searchParams.get('seed')).toBe('5');
});
