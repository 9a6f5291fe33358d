import { expect, type Locator, type Page } from '@playwright/test';
import { CLEAR_DIGITS, drawDigit, finalPrediction, openApp } from './app-page.ts';

// What the guided path's tests share: where the path is on the page, and how a person moves in it.

const three = CLEAR_DIGITS.find((d) => d.label === 3)!;
export const path = (page: Page) => page.getByRole('region', { name: 'How it works', exact: true });
export const stepTitle = (page: Page) => path(page).getByRole('heading', { level: 3 });
export const digitButton = (page: Page, digit: number) => path(page).getByRole('group', { name: 'What digit did you draw?' }).getByRole('button', { name: String(digit), exact: true });

/** The cost sentence's two figures, "Cost of this drawing: 0.412 → 0.305". */
export async function shownCosts(page: Page): Promise<[number, number]> {
  const text = (await path(page).getByText(/^Cost of this drawing:/).textContent()) ?? '';
  const match = /Cost of this drawing: ([\d.]+) → ([\d.]+)/.exec(text);
  expect(match, text).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}

/** The ready model reading a drawn 3; the path works on the book's network after 100 mini-batches, which has much to learn. */
export async function readyWithThree(page: Page): Promise<void> {
  await openApp(page);
  await drawDigit(page, three.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 3 /);
}

/** The digit a list of ten outputs marks as the answer. */
export async function topOf(list: Locator): Promise<number> {
  return Number(await list.getByRole('listitem').filter({ hasText: '(the answer)' }).locator('.output-digit').textContent());
}

/** Presses `key` (Tab or Shift+Tab) until `target` has the focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${target} with ${key}`);
}
