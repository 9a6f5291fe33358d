import { expect, test } from '@playwright/test';
import { chooseRun, imagesSeen, openApp } from './app-page.ts';

test('Step trains one mini-batch at a time: "seen" grows by the mini-batch size', async ({ page }) => {
  await openApp(page);
  await expect(page.getByText(/Step trains on exactly one mini-batch \(10 images\)/)).toBeVisible();

  // Before any run: Step starts one, paused, and takes its first step.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await expect.poll(() => imagesSeen(page)).toBe(10);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => imagesSeen(page)).toBe(20);
  // Each of these mini-batches' costs is drawn as it comes.
  await expect(page.getByText(/the last 2 trained one at a time/)).toBeVisible();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();

  // The hidden features follow each single step.
  await page.getByRole('tab', { name: 'Hidden features' }).click();
  const gallery = page.getByRole('img', { name: /Incoming weights of all 30 first-layer neurons/ });
  const picture = () => gallery.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  await expect(page.getByText('Refreshed after every mini-batch in Watch and Step.')).toBeVisible();
  const before = await picture();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => imagesSeen(page)).toBe(30);
  await expect.poll(picture).not.toBe(before);

  // Resume carries the same run on.
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect.poll(() => imagesSeen(page)).toBeGreaterThan(30);
});

test('Watch trains slowly, and Full speed then takes the same run to its end', async ({ page }) => {
  await openApp(page);
  await chooseRun(page, /Nielsen ch\. 1/, 1000, 1);
  await page.getByRole('radio', { name: 'Watch' }).check();
  await expect(page.getByText(/^Watch: about \d mini-batches of 10 images a second/)).toBeVisible();
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText('Training', { exact: true })).toBeVisible();

  // One mini-batch at a time: every count the progress line shows is a whole number of mini-batches.
  await expect.poll(() => imagesSeen(page)).toBeGreaterThanOrEqual(30);
  expect((await imagesSeen(page)) % 10).toBe(0);
  await expect(page.getByText(/the last \d+ trained one at a time/)).toBeVisible();

  await page.getByRole('radio', { name: 'Full speed' }).check();
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/Best test accuracy: [\d.]+% after epoch 1 of 1/)).toBeVisible();
  // The same run went on: a new one would have cleared the Watch steps' costs.
  await expect(page.getByText(/the last \d+ trained one at a time/)).toBeVisible();
});
