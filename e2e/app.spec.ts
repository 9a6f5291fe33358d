import { expect, test } from '@playwright/test';
import { openApp, predictionStatus } from './app-page.ts';

// The service worker runs as on a first visit: its requests are checked too.
test.use({ serviceWorkers: 'allow' });

test('the page loads without console errors or requests to other origins, and MNIST loads', async ({ page, context, baseURL }) => {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  // The context sees the worker's requests too: the MNIST files are fetched there.
  // The service worker's own requests apart: once MNIST has loaded it keeps a copy of the files for
  // offline use (answered by the HTTP cache, which revalidates them: see src/app/pwa/sw.ts).
  const serviceWorkerRequests: string[] = [];
  context.on('request', (r) => (r.serviceWorker() ? serviceWorkerRequests : requests).push(r.url()));

  await openApp(page);
  await expect(page.getByRole('heading', { name: 'NN Magic' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Drawing pad' })).toBeVisible();
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await expect(predictionStatus(page)).toHaveText('Draw a digit');
  await expect(page.getByText('Ready', { exact: true })).toBeVisible();

  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  expect(requests.filter((url) => url.includes('/mnist/')).length).toBe(4);
  expect(serviceWorkerRequests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  expect(errors).toEqual([]);
});
