import { expect, test } from '@playwright/test';
import { finalPrediction, openApp } from './app-page.ts';
import { LEARN_STEP_COUNT } from '../src/features/learn/steps/step-order.ts';
import { digitButton, path, readyWithThree, shownCosts, stepTitle, tabTo, topOf } from './learn-page.ts';

// The guided path by keyboard alone, at 1280 px and on a phone.
test('the keyboard alone walks the path: Next, the digit, "Take one step", Back and Escape', async ({ page }) => {
  await readyWithThree(page);
  const open = page.getByRole('button', { name: /^How does it work\?/ });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(path(page).getByRole('heading', { name: 'How it works' })).toBeFocused();

  const next = path(page).getByRole('button', { name: 'Next' });
  await tabTo(page, next);
  const titles = ['Pixels: what the network receives', 'A neuron', 'A layer, then the next, to the output', 'What the hidden layer learned', 'Why convolution', 'Why this answer', 'The cost of one drawing', 'One step of learning'];
  for (const [i, title] of titles.entries()) {
    await expect(stepTitle(page)).toHaveText(title);
    await expect(path(page).getByText(`Step ${i + 1} of ${LEARN_STEP_COUNT}`)).toBeVisible();
    if (i < titles.length - 1) await page.keyboard.press('Enter');
  }
  await tabTo(page, digitButton(page, 3));
  await page.keyboard.press('Enter');
  await expect(digitButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
  const take = path(page).getByRole('button', { name: 'Take one step' });
  await tabTo(page, take);
  await page.keyboard.press('Enter');
  await expect(path(page).getByText(/after 1 step on a copy/)).toBeVisible();
  const [before, after] = await shownCosts(page);
  expect(after).toBeLessThan(before);

  await tabTo(page, next, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(stepTitle(page)).toHaveText('From one drawing to 50,000');
  await page.keyboard.press('Enter');
  await expect(stepTitle(page)).toHaveText('What to try next');
  const back = path(page).getByRole('button', { name: 'Back', exact: true });
  await tabTo(page, back, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(stepTitle(page)).toHaveText('From one drawing to 50,000');

  // Escape leaves the path (and does not clear the drawing); the focus goes back to the button.
  await page.keyboard.press('Escape');
  await expect(path(page)).toHaveCount(0);
  await expect(open).toBeFocused();
  expect(await finalPrediction(page)).toMatch(/^Prediction: 3 /);
});

test('on a phone, the keyboard alone walks the path on a sample digit; one step on the untrained network moves its outputs and cost', async ({ page }) => {
  await openApp(page);
  await page.setViewportSize({ width: 360, height: 740 });
  const sample = page.getByRole('button', { name: 'Sample digit 0' });
  await tabTo(page, sample);
  await page.keyboard.press('Enter');
  expect(await finalPrediction(page)).toMatch(/^Prediction: /);
  const open = page.getByRole('button', { name: /^How does it work\?/ });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  const next = path(page).getByRole('button', { name: 'Next' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(stepTitle(page)).toHaveText('A neuron');

  // The moment of the book's network: the first one, untrained.
  const base = path(page).getByLabel('The path works on');
  await tabTo(page, base);
  await page.keyboard.press('Home');
  await expect(base).toHaveValue('untrained');
  await expect(path(page).getByText(/no training yet: it reads 10\.6% of the 10,000 test digits right/)).toBeVisible();
  await expect(base).toBeInViewport();
  // What is one click away opens from the keyboard: the step neuron beside the sigmoid, nudged by Enter.
  const more = path(page).getByText('Why a smooth S and not a step? Nudge the bias and see');
  await tabTo(page, more);
  await page.keyboard.press('Enter');
  await tabTo(page, path(page).getByRole('button', { name: 'Bias +0.1' }));
  await page.keyboard.press('Enter');
  await expect(path(page).getByRole('status').filter({ hasText: /^(The step neuron did nothing|z crossed 0: the step neuron jumped)/ })).toBeVisible();

  await tabTo(page, next, 'Shift+Tab');
  for (const title of ['A layer, then the next, to the output', 'What the hidden layer learned', 'Why convolution', 'Why this answer', 'The cost of one drawing', 'One step of learning']) {
    await page.keyboard.press('Enter');
    await expect(stepTitle(page)).toHaveText(title);
  }
  await tabTo(page, digitButton(page, 0));
  await page.keyboard.press('Enter');
  // The book's η 3, two stops above the path's 1.
  const eta = path(page).getByRole('slider', { name: 'Learning rate η for the step' });
  await tabTo(page, eta);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(eta).toHaveAttribute('aria-valuetext', '3');
  await tabTo(page, path(page).getByRole('button', { name: 'Take one step' }));
  await page.keyboard.press('Enter');
  await expect(path(page).getByText(/after 1 step on a copy/)).toBeVisible();
  // The untrained network's outputs are stuck near 0 or 1 (saturated sigmoids): one step moves the bars
  // and the cost, but here not the answer; the path says so, and how many steps it has taken.
  const before = path(page).getByRole('list', { name: 'Outputs before the step' });
  const after = path(page).getByRole('list', { name: 'Outputs after the step' });
  expect(await topOf(before)).not.toBe(0);
  expect(await after.textContent()).not.toBe(await before.textContent());
  const [costBefore, costAfter] = await shownCosts(page);
  expect(costAfter).toBeLessThan(costBefore);
  await expect(path(page).getByText(/Its answer (became 0 after 1 step|is \d, not 0 yet)\./)).toBeVisible();
});
