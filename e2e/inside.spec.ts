import { expect, test } from '@playwright/test';
import { CLEAR_DIGITS, drawDigit, finalPrediction, openApp, useDenseReadyModel } from './app-page.ts';

test('look inside: drawing lights the network, a neuron shows its weights, the errors open in the network view', async ({ page }) => {
  await openApp(page);
  // Any trained [784, 100, 10] network will do, and the fully connected ready model is one: no run is
  // needed (the keyboard test in access.spec.ts looks inside a run's network and its analysis). Look
  // inside the (convolutional) ready model offers it.
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  const inside = page.getByRole('region', { name: 'Look inside' });
  await inside.getByRole('button', { name: 'Use the fully connected ready model' }).click();
  await expect(page.getByText('Ready model, fully connected:').first()).toBeVisible();

  // The network view follows the drawing: its output layer changes from the blank pad's.
  const outputs = inside.getByText(/^Output layer: brightest/);
  const blank = await outputs.textContent();
  await drawDigit(page, CLEAR_DIGITS.find((d) => d.label === 7)!.strokes);
  await finalPrediction(page);
  await expect(outputs).not.toHaveText(blank!);
  await expect(outputs).toHaveText(/brightest 7/);

  // Why 7: the drawing's gradient × input for output 7, with the colours in words and the strongest push named.
  const why = inside.getByRole('region', { name: 'Why 7?' });
  await expect(why.getByRole('img', { name: /^Why 7: gradient × input heat map; the ink that pushed the 7 up most is at the / })).toBeVisible();
  await expect(why.getByRole('list', { name: 'What the colours mean' })).toContainText('Blue: this ink pushed the 7 up');
  await expect(why.getByText(/^Output 7 is [01]\.\d{3}: /)).toBeVisible();

  // A first-layer neuron, chosen by keyboard: its numbers are announced and its weights drawn.
  await inside.getByRole('application', { name: /Network view/ }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(inside.getByRole('status')).toHaveText(/^Hidden layer 1, neuron 2 of 100: activation [\d.]+, bias [−\d.]+, weighted input z [−\d.]+\.$/);
  await expect(inside.getByRole('img', { name: 'Incoming weights of Hidden layer 1, neuron 2 of 100' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(inside.getByRole('heading', { name: /^Output neuron for \d$/ })).toBeVisible();

  // The run's analysis: a confusion matrix whose cells list their examples.
  await inside.getByRole('tab', { name: 'Errors' }).click();
  await expect(inside.getByText(/% of 10,000 test images right/)).toBeVisible();
  const cells = inside.getByRole('button', { name: /^True \d, read as \d: \d+ images$/ });
  await expect(cells).toHaveCount(100);
  const mistakeCell = inside.getByRole('button', { name: /^True (\d), read as (?!\1)\d: [1-9]\d* images$/ }).first();
  const cellName = (await mistakeCell.getAttribute('aria-label'))!;
  const [, label, predicted] = /True (\d), read as (\d)/.exec(cellName)!;
  await mistakeCell.click();
  const listed = inside.getByRole('list', { name: `Test images: true ${label}, read as ${predicted}` }).getByRole('button');
  await expect(listed.first()).toBeVisible();
  await expect(listed.first()).toHaveAccessibleName(new RegExp(`^Test image \\d+: a ${label}, read as ${predicted}`));

  // A misclassified digit opens in the network view as if drawn, with the way back to the drawing.
  const mistake = inside.getByRole('list', { name: 'Misclassified test images' }).getByRole('button').first();
  const [, index, trueDigit, answer] = /^Test image (\d+): a (\d), read as (\d)/.exec((await mistake.getAttribute('aria-label'))!)!;
  await mistake.click();
  await expect(inside.getByRole('tab', { name: 'Network' })).toHaveAttribute('aria-selected', 'true');
  await expect(inside.getByText(`Input: test image #${index}, a ${trueDigit} read as ${answer}`)).toBeVisible();
  await expect(outputs).toHaveText(new RegExp(`brightest ${answer}`));
  // The heat map follows the image shown: now the test image and its answer.
  await expect(inside.getByRole('region', { name: `Why ${answer}?` })).toBeVisible();
  await inside.getByRole('button', { name: 'Back to my drawing' }).click();
  await expect(inside.getByText(/^Input: your drawing/)).toBeVisible();
  await expect(outputs).toHaveText(/brightest 7/);
});

test('the hidden-features gallery shows every first-layer neuron and opens one in the network view', async ({ page }) => {
  await openApp(page);
  await useDenseReadyModel(page);
  const inside = page.getByRole('region', { name: 'Look inside' });
  await inside.getByRole('tab', { name: 'Hidden features' }).click();
  const gallery = inside.getByRole('img', { name: /^Incoming weights of all \d+ first-layer neurons$/ });
  await expect(gallery).toBeVisible();
  const count = Number(/all (\d+)/.exec((await gallery.getAttribute('aria-label'))!)![1]);
  // Tiles run 20 a row in large layers, 10 in small ones: click the middle of the first row's second tile.
  const cols = count > 64 ? 20 : 10;
  // A mouse click lands only on what is on the screen: the tab's click may leave the gallery below it.
  await gallery.scrollIntoViewIfNeeded();
  const box = (await gallery.boundingBox())!;
  await page.mouse.click(box.x + (box.width * 1.5) / cols, box.y + (box.height * 0.5) / Math.ceil(count / cols));
  await expect(inside.getByRole('tab', { name: 'Network' })).toHaveAttribute('aria-selected', 'true');
  await expect(inside.getByRole('img', { name: `Incoming weights of Hidden layer 1, neuron 2 of ${count}` })).toBeVisible();
});
