import { expect, type Page } from '@playwright/test';

/** The data files the service worker keeps for offline use (src/app/pwa/data-files.ts): four MNIST files and the pen-drawn digits. */
export const DATA_FILE_COUNT = 5;

/** Waits until the service worker is active and has kept the app's files and the training data. */
export async function waitUntilKeptForOffline(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const keptDataFiles = () => page.evaluate(async () => (await (await caches.open('nn-magic-data')).keys()).length);
  await expect.poll(keptDataFiles, { message: 'the service worker kept MNIST and the pen-drawn digits', timeout: 60_000 }).toBe(DATA_FILE_COUNT);
}

/** Presses Train and waits for the run to finish. */
export async function trainToTheEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 150_000 });
}
