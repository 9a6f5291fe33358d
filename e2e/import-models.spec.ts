import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { evaluate } from '../src/nn/evaluate.ts';
import { parseAnyBinaryModel } from '../src/nn/binary-model.ts';
import { parseModel, serializeModel } from '../src/nn/serialize.ts';
import { loadMnistFromDisk } from '../scripts/node-mnist.ts';
import { openApp } from './app-page.ts';

const modelFile = (name: string) => ({ name, mimeType: 'application/json', buffer: readFileSync(new URL(`../public/models/${name}`, import.meta.url)) });
/** The fully connected ready model (shipped in binary only) as a model file to import: two fully connected networks, so the hidden features compare. */
const denseReadyFile = () => {
  const { net, config, metrics } = parseAnyBinaryModel(new Uint8Array(readFileSync(new URL('../public/models/ready-dense.bin', import.meta.url))));
  return { name: 'ready-dense.json', mimeType: 'application/json', buffer: Buffer.from(serializeModel(net, config, metrics)) };
};

/** The line the Errors view shows for a model, worked out here in Node from the file and the real test set. */
function errorsLineFor(file: { name: string; buffer: Buffer }, test: ReturnType<typeof loadMnistFromDisk>['test']): string {
  const { correct, total, accuracy } = evaluate(parseModel(file.buffer.toString()).net, test);
  return `${(accuracy * 100).toFixed(2)}% of ${total.toLocaleString('en')} test images right (${correct.toLocaleString('en')}), for the loaded model “${file.name}”.`;
}

const importModel = async (page: Page, file: { name: string; mimeType: string; buffer: Buffer }) => {
  await page.getByLabel('Model file to import').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: `Loaded “${file.name}”` })).toBeVisible();
};

test('importing a model file over another one: the Errors view follows the new model', async ({ page }) => {
  const { test: testSet } = loadMnistFromDisk();
  const first = denseReadyFile();
  const second = modelFile('ch3-784-100-10.json');
  const firstLine = errorsLineFor(first, testSet);
  const secondLine = errorsLineFor(second, testSet);
  expect(secondLine).not.toBe(firstLine);

  await openApp(page);
  await importModel(page, first);
  const inside = page.getByRole('region', { name: 'Look inside' });
  await inside.getByRole('tab', { name: 'Errors' }).click();
  await expect(inside.getByText(/% of 10,000 test images right/)).toHaveText(firstLine);

  await importModel(page, second);
  await expect(inside.getByText(/% of 10,000 test images right/)).toHaveText(secondLine);
  // The confusion matrix is the new model's too: its diagonal adds up to the images it reads right.
  const correct = Number(/\(([\d,]+)\)/.exec(secondLine)![1].replace(/,/g, ''));
  const diagonal = await inside.getByRole('button', { name: /^True (\d), read as \1: \d+ images$/ }).evaluateAll((cells) =>
    cells.reduce((sum, cell) => sum + Number(/: (\d+) images$/.exec(cell.getAttribute('aria-label') ?? '')?.[1] ?? NaN), 0),
  );
  expect(diagonal).toBe(correct);
});

test('importing a model file over another one: the hidden-features gallery redraws with the new weights', async ({ page }) => {
  await openApp(page);
  await importModel(page, denseReadyFile());
  const inside = page.getByRole('region', { name: 'Look inside' });
  await inside.getByRole('tab', { name: 'Hidden features' }).click();
  const gallery = inside.getByRole('img', { name: /^Incoming weights of all 100 first-layer neurons$/ });
  const pixels = () => gallery.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
  const blank = () =>
    gallery.evaluate((canvas: HTMLCanvasElement) => Object.assign(document.createElement('canvas'), { width: canvas.width, height: canvas.height }).toDataURL());
  // The first model's tiles, once painted.
  await expect.poll(async () => (await pixels()) === (await blank())).toBe(false);
  const first = await pixels();

  await importModel(page, modelFile('ch3-784-100-10.json'));
  await expect.poll(pixels).not.toBe(first);
});
