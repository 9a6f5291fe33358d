import { expect, test } from '@playwright/test';
import { CLEAR_DIGITS, drawDigit, finalPrediction, openApp } from './app-page.ts';
import { path, stepTitle } from './learn-page.ts';

// The clear 3, moved 3 pixels down: measured in Node with the app's own preprocessing, the book's network then
// reads a 7 (output 0.99) and the convolutional one still a 3 (100%); unmoved, both read the 3.
const DIGIT = 3;
const DIRECTION = 'down';
const PIXELS = 3;

test('"Why convolution": the filter’s place moves with the keyboard, and a drawing moved a few pixels fools the fully connected network, not the convolutional one', async ({ page }) => {
  await openApp(page);
  // The small convolutional network is fetched when the step opens, never before.
  const convFetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/models/why-conv.bin')) convFetched.push(request.url());
  });
  const digit = CLEAR_DIGITS.find((d) => d.label === DIGIT)!;
  await drawDigit(page, digit.strokes);
  await finalPrediction(page);
  await page.getByRole('button', { name: /^How does it work\?/ }).click();
  for (let step = 1; step < 4; step++) await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('What the hidden layer learned');
  expect(convFetched).toHaveLength(0);
  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('Why convolution');

  // One filter, slid with the arrow keys: the window on the drawing and the lit value move with it.
  const place = path(page).getByRole('slider', { name: 'Place of the filter' });
  await place.focus();
  await page.keyboard.press('Home');
  await expect(place).toHaveAttribute('aria-valuetext', 'row 1, column 1');
  await expect(path(page).getByRole('img', { name: /with the filter’s window at rows 1 to 5, columns 1 to 5$/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(place).toHaveAttribute('aria-valuetext', 'row 1, column 2');
  await expect(path(page).getByRole('img', { name: /with the filter’s window at rows 1 to 5, columns 2 to 6$/ })).toBeVisible();
  await expect(path(page).getByRole('img', { name: /with the value at row 1, column 2 outlined$/ })).toBeVisible();
  // In the top-left corner there is no ink: z is the bias alone, and ReLU makes the map's value there 0.
  const sum = path(page).locator('p', { hasText: /^Row 1, column 2:/ });
  await expect(sum).toContainText(/^Row 1, column 2: the 25 weights times the 25 pixels under them, plus the bias (−?\d\.\d{3}), make z = \1;/);
  await expect(sum).toContainText(/keeps max\(0, z\) = 0\.000, the outlined square of the map\.$/);
  await expect(path(page).getByText('The same 25 weights at every one of the 24 × 24 = 576 places')).toBeVisible();
  expect(convFetched).toHaveLength(1);

  // Moved a few pixels: the fully connected network reads something else, the convolutional one still the digit.
  const answers = path(page).getByRole('list', { name: 'What each network reads' });
  const book = answers.getByRole('listitem').filter({ hasText: /^The book’s network/ });
  const conv = answers.getByRole('listitem').filter({ hasText: /^The convolutional network/ });
  await expect(book).toContainText(new RegExp(`reads ${DIGIT} \\(output \\d\\.\\d\\d, a sigmoid activation, not a probability\\)`));
  await expect(conv).toContainText(new RegExp(`reads ${DIGIT} \\((over |under )?\\d+(\\.\\d)?% probability\\)`));
  await path(page).getByLabel('Move the drawing').selectOption(DIRECTION);
  await path(page).getByRole('slider', { name: 'Pixels moved' }).fill(String(PIXELS));
  await expect(path(page).getByRole('img', { name: /^Your drawing, 28 by 28/ })).toBeVisible();
  await expect(book).not.toContainText(`reads ${DIGIT} `);
  await expect(conv).toContainText(`reads ${DIGIT} `);

  // The measured figures behind it, one click away.
  await path(page).getByText(/^How each network copes on 10,000 test digits moved$/).click();
  await expect(path(page).getByText(/Moved 3 pixels, the book’s network reads 44\.9% of the test digits right \(95\.2% unmoved\), the convolutional network 80\.2% \(98\.3% unmoved\)/)).toBeVisible();
});
