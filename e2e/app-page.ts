import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { PAD_SIZE } from '../src/drawing/brush.ts';
import { penDigitToStrokes } from '../src/drawing/pen-digits.ts';

/** Ten clear drawings, one per digit, from real pen strokes (see fixtures/make-clear-digits.ts). */
export const CLEAR_DIGITS = (
  JSON.parse(readFileSync(new URL('./fixtures/clear-digits.json', import.meta.url), 'utf8')) as {
    digits: { label: number; strokes: number[][][] }[];
  }
).digits;

/** Opens the app and waits until MNIST has loaded (Train becomes available). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  // Should the load never end, the failure says where it stood (twice in CI it hung, cause unknown).
  const where = async () => (await page.locator('.load-status').allTextContents()).join(' | ') || 'no load status shown';
  await expect(page.getByRole('button', { name: 'Train' }), { message: 'MNIST loaded (Train enabled)' })
    .toBeEnabled({ timeout: 60_000 })
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe page's load status: ${await where()}`);
    });
}

/**
 * Makes the fully connected ready model ([784, 100, 10]) the one in use, from the models card, for
 * the views made for fully connected networks (the ready model is convolutional).
 */
export async function useDenseReadyModel(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Your models' }).getByRole('button', { name: 'Use the fully connected ready model' }).click();
  await expect(page.getByText('Ready model, fully connected:').first()).toBeVisible();
}

/** Draws a drawn-digits sample on the pad with mouse moves, as a person would: scrolled to it first (mouse moves off the screen draw nothing). */
export async function drawDigit(page: Page, strokes: number[][][]): Promise<void> {
  const pad = page.getByRole('img', { name: 'Drawing pad' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const toScreen = (p: { x: number; y: number }) => [box.x + (p.x / PAD_SIZE) * box.width, box.y + (p.y / PAD_SIZE) * box.height] as const;
  for (const stroke of penDigitToStrokes(strokes)) {
    await page.mouse.move(...toScreen(stroke[0]));
    await page.mouse.down();
    for (const point of stroke.slice(1)) await page.mouse.move(...toScreen(point));
    await page.mouse.up();
  }
}

/**
 * The polite live region that reads the prediction: "Prediction: 7 (98% probability)" for a softmax
 * output, "Prediction: 7 (output 0.97 of 1)" for a sigmoid one, "Untrained: the network is guessing (7)",
 * or "Draw a digit".
 */
export const predictionStatus = (page: Page) => page.getByRole('status').filter({ hasText: /^(Prediction: |Untrained: |Draw a digit$|No answer)/ });

/** The prediction sentence once the answer for the finished drawing is in. */
export async function finalPrediction(page: Page): Promise<string> {
  const status = predictionStatus(page);
  await expect(status).toHaveAttribute('aria-busy', 'false');
  return (await status.textContent()) ?? '';
}

/** Chooses a preset, then types the training-set size and the epochs. */
export async function chooseRun(page: Page, preset: RegExp, trainSize: number, epochs: number): Promise<void> {
  await page.getByRole('button', { name: preset }).click();
  await page.getByRole('textbox', { name: 'Training images value' }).fill(String(trainSize));
  await page.getByRole('textbox', { name: 'Epochs value' }).fill(String(epochs));
}

/** The number of images trained on so far, as the progress line shows it. */
export async function imagesSeen(page: Page): Promise<number> {
  const text = (await page.getByText(/ seen/).textContent()) ?? '';
  return Number(/([\d,]+) seen/.exec(text)?.[1].replace(/,/g, '') ?? NaN);
}

/** Opens "Manual vs framework" and starts a run of both sides (20 hidden neurons; by default a quick 1 epoch on 1,000 images); returns the card. */
export async function runQuickComparison(page: Page, { epochs = 1, trainSize = 1000 } = {}): Promise<Locator> {
  const card = page.getByRole('region', { name: 'Manual vs framework' });
  await card.getByRole('button', { name: 'Open the comparison' }).click();
  await card.getByLabel('Hidden neurons').fill('20');
  await card.getByLabel('Epochs').fill(String(epochs));
  await card.getByLabel('Training images').selectOption(String(trainSize));
  await card.getByRole('button', { name: 'Run both' }).click();
  return card;
}

/** The session record autosave keeps in the app's IndexedDB (its epochs and run status), or null before there is one. */
export const keptSession = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ epochs: number; status: string } | null>((resolve) => {
        const open = indexedDB.open('nn-magic');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('keyval')) return (db.close(), resolve(null));
          const get = db.transaction('keyval').objectStore('keyval').get('session');
          get.onsuccess = () => {
            db.close();
            const state = get.result?.state;
            resolve(state ? { epochs: state.epochs.length, status: state.run.status } : null);
          };
        };
      }),
  );
