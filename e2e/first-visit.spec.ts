import { expect, test } from '@playwright/test';
import { chooseRun, openApp } from './app-page.ts';

// recharts' chunks (Vite names them after their first module: CartesianChart, LineChart, Legend…).
const CHART_CODE = /CostLines|AccuracyLines|CartesianChart|LineChart|Legend/;

test('the header shown before the code arrives is the one the app renders, so nothing changes under the reader', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const header = /<header class="app-header">[\s\S]*?<\/header>/.exec(html)?.[0];
  expect(header, 'index.html holds the header').toBeTruthy();
  const staticTitle = /<h1>(.*?)<\/h1>/.exec(header!)?.[1];
  const staticLine = /<p>(.*?)<\/p>/.exec(header!)?.[1];
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeVisible();
  // The title and the line are what paints first; the header's buttons (theme, the guided path) come with the code.
  await expect(page.locator('header.app-header .app-title h1')).toHaveText(staticTitle!);
  await expect(page.locator('header.app-header > p')).toHaveText(staticLine!);
});

test('the chart library loads once a chart has something to draw, not with the first screen', async ({ page, context }) => {
  const requests: string[] = [];
  // The page's own requests: the service worker fetches every chunk for offline use once the first answer is given.
  context.on('request', (request) => void (request.serviceWorker() ? null : requests.push(request.url())));
  await openApp(page);
  await expect(page.getByText('The cost appears here once training starts.')).toBeVisible();
  expect(requests.filter((url) => CHART_CODE.test(url))).toEqual([]);

  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByRole('figure', { name: /Accuracy/ }).locator('.recharts-line-dot')).toHaveCount(2);
  expect(requests.filter((url) => CHART_CODE.test(url)).length).toBeGreaterThan(0);
});
