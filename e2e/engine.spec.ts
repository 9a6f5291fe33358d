import { expect, test, type Page } from '@playwright/test';
import { chooseRun, openApp } from './app-page.ts';

/** Trains a preset's network (the ch. 1 one by default) for an epoch with `workers` workers; the engine line and the test accuracy. */
async function shortRun(page: Page, workers: number, preset = /Nielsen ch\. 1/, trainSize = 10_000) {
  await chooseRun(page, preset, trainSize, 1);
  await page.getByRole('textbox', { name: 'Workers value' }).fill(String(workers));
  await page.getByRole('button', { name: 'Train' }).click();
  // The engine line names the new run's workers once it has started; only then can "Finished in" be its own.
  await expect(page.getByText(/^Engine: /)).toHaveText(new RegExp(`· ${workers} workers?( \\(sharing .*\\))?$`), { timeout: 60_000 });
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 60_000 });
  const engine = (await page.getByText(/^Engine: /).textContent()) ?? '';
  const accuracy = (await page.getByText(/^Epoch 1: test accuracy/).textContent()) ?? '';
  return { engine, accuracy };
}

test('the app names the engine it chose, and 2 workers train to the same accuracy as 1', async ({ page }) => {
  await openApp(page);
  expect(await page.evaluate(() => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated)).toBe(true);

  const one = await shortRun(page, 1);
  expect(one.engine).toMatch(/^Engine: WebAssembly SIMD( \(relaxed\))? · 1 worker$/);
  expect(one.accuracy).toMatch(/test accuracy [\d.]+%/);

  const two = await shortRun(page, 2);
  // The helpers take part in the steps only while that is faster; the line says how often they did.
  expect(two.engine).toMatch(/^Engine: WebAssembly SIMD( \(relaxed\))? · 2 workers \(sharing \d+% of steps: they help only while it is faster\)$/);
  // Each step's result is the same bit for bit, so the accuracy is too.
  expect(two.accuracy).toBe(one.accuracy);
});

test('a convolutional network shared by 2 workers trains to the same accuracy as on 1, and the helpers take part', async ({ page }) => {
  await openApp(page);
  const small = /A small convolutional network/;
  const one = await shortRun(page, 1, small, 3_000);
  expect(one.engine).toMatch(/^Engine: WebAssembly SIMD( \(relaxed\))? · 1 worker$/);
  const two = await shortRun(page, 2, small, 3_000);
  // 300 steps: the first ~100 are timed alone, then shared ones, so some steps were shared.
  expect(two.engine).toMatch(/^Engine: WebAssembly SIMD( \(relaxed\))? · 2 workers \(sharing [1-9]\d*% of steps: they help only while it is faster\)$/);
  // Each step's result is the same bit for bit, so the accuracy is too.
  expect(two.accuracy).toBe(one.accuracy);
  expect(one.accuracy).toMatch(/test accuracy [\d.]+%/);
});
