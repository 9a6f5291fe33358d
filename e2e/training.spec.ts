import { expect, test } from '@playwright/test';
import { chooseRun, imagesSeen, openApp } from './app-page.ts';

test('a short chapter-3 run draws its curves and reads at least 85% of the test set right', async ({ page }) => {
  await openApp(page);
  await chooseRun(page, /Nielsen ch\. 3/, 50_000, 1);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText('Training', { exact: true })).toBeVisible();

  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 120_000 });
  const latest = await page.getByText(/^Epoch 1: test accuracy/).textContent();
  const accuracy = Number(/test accuracy ([\d.]+)%/.exec(latest ?? '')?.[1]);
  expect(accuracy).toBeGreaterThanOrEqual(85);
  await expect(page.getByText(/Best test accuracy: [\d.]+% after epoch 1 of 1/)).toBeVisible();

  const costChart = page.getByRole('figure', { name: /Training cost/ });
  const costPoints = async () => ((await costChart.locator('.recharts-line-curve').getAttribute('d')) ?? '').split('L').length;
  // A line, however fast the engine: progress is reported about 10 times a second.
  await expect.poll(costPoints).toBeGreaterThan(2);
  const accuracyChart = page.getByRole('figure', { name: /Accuracy/ });
  await expect(accuracyChart.locator('.recharts-line-dot')).toHaveCount(2);
  await expect(accuracyChart.getByText('book 97.92%')).toBeVisible();
});

test('Pause holds the progress still, Resume continues it and Stop ends the run', async ({ page }) => {
  await openApp(page);
  await chooseRun(page, /Nielsen ch\. 3/, 50_000, 30);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => imagesSeen(page)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  const paused = await imagesSeen(page);
  // Watch the count for about a second: it must not move while paused.
  const readings: number[] = [];
  await expect
    .poll(async () => readings.push(await imagesSeen(page)), { intervals: [100], timeout: 10_000 })
    .toBeGreaterThanOrEqual(10);
  expect(new Set(readings)).toEqual(new Set([paused]));

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByText('Training', { exact: true })).toBeVisible();
  await expect.poll(() => imagesSeen(page)).toBeGreaterThan(paused);

  // The learning rate acts at once: the run goes on (no restart) with the new one.
  await page.getByRole('slider', { name: /Learning rate/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(/^η 0\.3 · /)).toBeVisible();
  const afterChange = await imagesSeen(page);
  await expect.poll(() => imagesSeen(page)).toBeGreaterThan(afterChange);

  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('Stopped', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Stopped in/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeDisabled();
});

test('a run whose cost blows up stops itself and says the learning rate is too high', async ({ page }) => {
  await openApp(page);
  await page.getByRole('slider', { name: 'Hidden layers' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('textbox', { name: 'Neurons in hidden layer 1 value' }).fill('100');
  await page.getByRole('textbox', { name: 'Neurons in hidden layer 2 value' }).fill('100');
  await page.getByLabel('Hidden activation').selectOption('relu');
  await page.getByLabel('Output and cost').selectOption('log-likelihood');
  await page.getByRole('textbox', { name: 'Learning rate η value' }).fill('10');
  // Seeded: this run blows up the same way every time, within seconds.
  await page.getByRole('textbox', { name: 'Training images value' }).fill('5000');
  await page.getByRole('button', { name: 'Train' }).click();

  await expect(page.getByRole('alert')).toContainText('the learning rate is too high');
  await expect(page.getByText('Blew up', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
});
