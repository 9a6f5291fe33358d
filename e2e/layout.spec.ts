import { expect, test } from '@playwright/test';

// Tablets both ways, and common phones: the pad, the answer and all ten bars without scrolling.
const FIRST_SCREENS = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
  { width: 390, height: 844 },
  { width: 360, height: 740 },
];

// One page, turned and resized as a person turns a tablet or a phone: each size is laid out afresh
// (the layout follows the width in CSS and in use-width.ts), and one load is saved per size.
test('on tablets and phones the pad, the answer and its bars fit the first screen; at 320 px nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize(FIRST_SCREENS[0]);
  await page.goto('/');
  await page.getByRole('button', { name: 'Sample digit 4' }).click();
  await expect(page.getByText(/^Prediction: \d/).first()).toBeVisible();
  for (const viewport of FIRST_SCREENS) {
    await page.setViewportSize(viewport);
    const size = `${viewport.width}x${viewport.height}`;
    // Polled: parts sized in script (use-width.ts) follow the new width a frame later. Measured from
    // the top of the page, so a scroll cannot hide a part that ends below the first screen.
    const lowestBottom = () =>
      page.evaluate(() => scrollY + Math.max(...['.pad-frame', '.verdict', '.bars'].map((selector) => document.querySelector(selector)!.getBoundingClientRect().bottom)));
    await expect.poll(lowestBottom, { message: `the pad, the answer and the bars end within the first screen at ${size}` }).toBeLessThanOrEqual(viewport.height);
  }

  await page.setViewportSize({ width: 320, height: 568 });
  await expect(page.getByText(/^Prediction: \d/).first()).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'the page is no wider than 320 px' }).toBeLessThanOrEqual(320);
});
