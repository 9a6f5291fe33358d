import { expect, test } from '@playwright/test';
import { CLEAR_DIGITS, chooseRun, drawDigit, finalPrediction, openApp, predictionStatus } from './app-page.ts';

test('drawing updates the bars, and after training the network reads clear drawings', async ({ page }) => {
  await openApp(page);
  const bar = (digit: number) => page.getByRole('meter', { name: `Digit ${digit}` });
  await expect(bar(0)).toHaveAttribute('aria-valuetext', 'no prediction');

  // Before any training the ready model answers, and reads a clear 3 as a 3 (at 100% in Node through the same pipeline).
  const three = CLEAR_DIGITS[3];
  await drawDigit(page, three.strokes);
  // The ready model has a softmax output: its answer is a probability, and the bars say so.
  expect(await finalPrediction(page)).toMatch(new RegExp(`^Prediction: ${three.label} \\((over |under )?\\d+(\\.\\d)?% probability\\)$`));
  await expect(page.getByText(/^Bars: the probability of each digit/)).toBeVisible();
  const total = async () => {
    let sum = 0;
    for (let d = 0; d < 10; d++) sum += Number(await bar(d).getAttribute('aria-valuenow'));
    return sum;
  };
  expect(await total()).toBeGreaterThan(0);
  await expect(page.getByRole('img', { name: 'The 28 by 28 image the network sees' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(predictionStatus(page)).toHaveText('Draw a digit');
  await expect(bar(0)).toHaveAttribute('aria-valuetext', 'no prediction');

  await chooseRun(page, /Nielsen ch\. 3/, 20_000, 2);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 150_000 });

  const answers: string[] = [];
  let right = 0;
  for (const { label, strokes } of CLEAR_DIGITS) {
    await page.keyboard.press('Escape');
    await expect(predictionStatus(page)).toHaveText('Draw a digit');
    await drawDigit(page, strokes);
    const sentence = await finalPrediction(page);
    answers.push(`drew ${label}: ${sentence}`);
    // Chapter 3's network has sigmoid outputs: activations out of 1, not probabilities.
    expect(sentence).toMatch(/^Prediction: \d \(output [01]\.\d\d of 1\)$/);
    const top = Number(/Prediction: (\d)/.exec(sentence)?.[1]);
    if (top === label) right++;
    // The highlighted bar is the digit in the sentence.
    await expect(page.locator('.bar.top')).toHaveAttribute('aria-label', `Digit ${top}`);
  }
  expect(right, answers.join('\n')).toBeGreaterThanOrEqual(8);
});
