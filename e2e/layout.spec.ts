import { expect, test } from '@playwright/test';

// Tablets both ways, and common phones: the pad, the answer and all ten bars without scrolling.
const FIRST_SCREENS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];

for (const viewport of FIRST_SCREENS) {
  test(`at ${viewport.width}x${viewport.height} the pad, the answer and its bars fit the first screen`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await page.getByRole('button', { name: 'Sample digit 4' }).click();
    await expect(page.getByText(/^Prediction: \d/).first()).toBeVisible();
    const bottoms = await page.evaluate(() =>
      ['.pad-frame', '.verdict', '.bars'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().bottom),
    );
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(viewport.height);
  });
}

test('at 320 px nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Sample digit 4' }).click();
  await expect(page.getByText(/^Prediction: \d/).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
