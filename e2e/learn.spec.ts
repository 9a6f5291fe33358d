import { expect, test } from '@playwright/test';
import { CLEAR_DIGITS, drawDigit, finalPrediction, openApp } from './app-page.ts';
import { LEARN_STEP_COUNT } from '../src/features/learn/steps/step-order.ts';
import { digitButton, path, readyWithThree, shownCosts, stepTitle, topOf } from './learn-page.ts';

test('a new visitor walks every step of "How it works" with the mouse, on their own drawing', async ({ page }) => {
  await readyWithThree(page);
  await page.getByRole('button', { name: /^How does it work\?/ }).click();

  await expect(path(page).getByText(`Step 1 of ${LEARN_STEP_COUNT}`)).toBeVisible();
  await expect(stepTitle(page)).toHaveText('Pixels: what the network receives');
  const pixels = path(page).getByRole('img', { name: /784 pixel values/ });
  await pixels.scrollIntoViewIfNeeded();
  const box = (await pixels.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(path(page).getByText(/^Row 15, column 15: [01]\.\d\d$/)).toBeVisible();

  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(path(page).getByText(`Step 2 of ${LEARN_STEP_COUNT}`)).toBeVisible();
  await expect(stepTitle(page)).toHaveText('A neuron');
  await path(page).getByLabel('Hidden neuron', { exact: true }).selectOption({ label: '5 of 30' });
  await expect(path(page).getByRole('img', { name: 'The 784 weights of hidden neuron 5, as a 28 by 28 image' })).toBeVisible();
  await expect(path(page).getByText(/^z = w · a \+ b = /)).toBeVisible();
  await expect(path(page).getByLabel('The path works on')).toHaveValue('batches-100');
  await expect(path(page).getByText(/reads 25\.7% of the 10,000 test digits right/)).toBeVisible();
  const bias = path(page).getByRole('slider', { name: 'Try another bias' });
  await bias.scrollIntoViewIfNeeded();
  const track = (await bias.boundingBox())!;
  await page.mouse.click(track.x + track.width - 2, track.y + track.height / 2);
  await expect(path(page).getByText(/with your bias: σ\(/)).toBeVisible();
  await path(page).getByRole('button', { name: 'Put the bias back' }).click();
  await expect(path(page).getByText(/with your bias/)).toHaveCount(0);
  // Why the sigmoid: a nudge of the bias moves the sigmoid neuron a little; the step neuron stays or jumps.
  await path(page).getByText('Why a smooth S and not a step?').click();
  const versus = path(page).getByRole('table', { name: /^A step neuron and a sigmoid neuron on neuron 5’s z$/ });
  const cells = (row: RegExp) => versus.getByRole('row', { name: row }).getByRole('cell').allTextContents();
  await path(page).getByRole('button', { name: 'Bias +0.1' }).click();
  await expect(versus.getByRole('columnheader', { name: 'bias + 0.1' })).toBeVisible();
  const [stepNow, stepNudged] = await cells(/^step neuron/);
  const [sigmoidNow, sigmoidNudged] = await cells(/^sigmoid neuron/);
  expect(['0', '1']).toContain(stepNow);
  expect(['0', '1']).toContain(stepNudged);
  expect(Number(sigmoidNudged)).toBeGreaterThan(Number(sigmoidNow));
  expect(Number(sigmoidNudged) - Number(sigmoidNow)).toBeLessThan(0.03);
  const said = stepNow === stepNudged ? `The step neuron did nothing (still ${stepNow})` : `the step neuron jumped from ${stepNow} to ${stepNudged}`;
  await expect(path(page).getByText(said)).toBeVisible();
  await path(page).getByRole('button', { name: 'Put the bias back' }).click();
  await expect(versus.getByRole('columnheader', { name: 'after a nudge' })).toBeVisible();

  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('A layer, then the next, to the output');
  await expect(path(page).getByText(/they are not probabilities/)).toBeVisible();
  await expect(path(page).getByRole('list', { name: 'The ten outputs: activations from 0 to 1' }).getByRole('listitem')).toHaveCount(10);
  await expect(path(page).getByText(/This network is \[784, 30, 10\].* It learns 23,860 numbers\./)).toBeVisible();
  await path(page).getByText('Where the 23,860 numbers come from').click();
  await expect(path(page).getByText(/784 × 30 \+ 30 × 10 = 23,820 weights and 30 \+ 10 = 40 biases: 23,860 numbers in all/)).toBeVisible();
  const answer = await topOf(path(page).getByRole('list', { name: 'The ten outputs: activations from 0 to 1' }));
  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(path(page).getByText(`Step 4 of ${LEARN_STEP_COUNT}`)).toBeVisible();
  await expect(stepTitle(page)).toHaveText('What the hidden layer learned');
  // What the hidden layer learned, honestly: the neurons that voted most for the answer, their weight images, and what they do not show.
  const voted = path(page).getByRole('region', { name: `Which hidden neurons voted for its answer, ${answer}?` });
  const voters = voted.getByRole('list', { name: new RegExp(`^The [1-4] hidden neurons that voted most for the ${answer}$`) }).getByRole('listitem');
  await expect(voters.first().getByText(/^Neuron \d+$/)).toBeVisible();
  await expect(voters.first().getByText(/^−?\d\.\d\d × −?\d+\.\d\d = \d+\.\d\d$/)).toBeVisible();
  await expect(voters.first().getByRole('img', { name: /^The 784 incoming weights of hidden neuron \d+, as a 28 by 28 image$/ })).toBeVisible();
  await expect(voted.getByText(new RegExp(`Nobody told the network to find strokes, and the ${answer} is read by many neurons together: none of them alone means “a loop”\\.$`))).toBeVisible();
  // Why convolution has a test of its own (why-conv.spec.ts).
  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('Why convolution');
  // Why this answer: the drawing beside its gradient × input for the answer, with the colours in words.
  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(path(page).getByText(`Step 6 of ${LEARN_STEP_COUNT}`)).toBeVisible();
  await expect(stepTitle(page)).toHaveText('Why this answer');
  await expect(path(page).getByText(`The network answered ${answer}.`)).toBeVisible();
  const why = path(page).getByRole('region', { name: `Why ${answer}?` });
  await expect(why.getByRole('img', { name: 'The 28 by 28 image the network reads' })).toBeVisible();
  await expect(why.getByRole('img', { name: new RegExp(`^Why ${answer}: gradient × input heat map; the ink that pushed the ${answer} up most is at the (top|middle|bottom|centre)`) })).toBeVisible();
  const legend = why.getByRole('list', { name: 'What the colours mean' });
  await expect(legend).toContainText(`Blue: this ink pushed the ${answer} up (fading it would lower output ${answer})`);
  await expect(legend).toContainText(`Red: this ink pushed the ${answer} down`);
  await expect(legend).toContainText('White: no ink there');
  await expect(why.getByText(new RegExp(`^Output ${answer} is [01]\\.\\d{3}: a sigmoid activation between 0 and 1, not a probability\\.$`))).toBeVisible();

  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('The cost of one drawing');
  await digitButton(page, 3).click();
  await expect(digitButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
  const table = path(page).getByRole('table', { name: 'The cost of this drawing' });
  await expect(table).toContainText('C = ½ Σ (y − a)² =');
  await expect(table.getByRole('columnheader', { name: 'difference y − a' })).toBeVisible();

  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('One step of learning');
  // The neuron chosen in step 2 is the one followed here, one click away with the errors δ.
  await path(page).getByText('How backpropagation finds the gradient: each neuron’s error δ').click();
  await expect(path(page).getByRole('img', { name: /gradient of hidden neuron 5’s 784 weights/ })).toBeVisible();
  await expect(path(page).getByText(/The colours here are the gradient’s sign, not the weight’s/)).toBeVisible();
  // The cost landscape over two weights: where the network is, and where the next step goes.
  const landscape = path(page).getByRole('img', { name: /^The cost over two weights\./ });
  await expect(landscape).toHaveAttribute('aria-label', /where the cost of this drawing is [\d.]+\. A step of η 1 would move it along the dashed arrow/);
  const here = Number(/cost of this drawing is ([\d.]+)\./.exec((await landscape.getAttribute('aria-label'))!)![1]);
  await expect(path(page).getByText(/The real landscape has 23,860 dimensions/)).toBeVisible();
  await path(page).getByRole('button', { name: 'Take one step' }).click();
  await expect(path(page).getByText(/after 1 step on a copy/)).toBeVisible();
  const [before, after] = await shownCosts(page);
  expect(after).toBeLessThan(before);
  // The marker moved to a lower cost: the step's arrow starts where the network was.
  await expect(landscape).toHaveAttribute('aria-label', /The last step moved it along the solid arrow/);
  const moved = /is ([\d.]+)\. The last step .* the cost went from ([\d.]+) to ([\d.]+), downhill\.$/.exec((await landscape.getAttribute('aria-label'))!);
  expect(moved).not.toBeNull();
  const [now, from, to] = moved!.slice(1).map(Number);
  expect([from, to]).toEqual([here, now]);
  expect(now).toBeLessThan(here);
  await path(page).getByRole('button', { name: 'Take one step' }).click();
  await expect(path(page).getByText(/after 2 steps on a copy/)).toBeVisible();
  const [start, second] = await shownCosts(page);
  expect(second).toBeLessThan(after);
  // The sentence starts from the cost before the first step, and names the last step's part.
  expect(start).toBe(before);
  await expect(path(page).getByText(/the last step took it from/)).toBeVisible();
  // The model in use is not changed: the page still reads the drawing with it.
  expect(await finalPrediction(page)).toMatch(/^Prediction: 3 /);
  await path(page).getByRole('button', { name: 'Undo the steps' }).first().click();
  await expect(path(page).getByText(/Showing the copy/)).toHaveCount(0);

  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('From one drawing to 50,000');
  await expect(path(page).getByRole('button', { name: 'Watch a run in slow motion' })).toBeEnabled();
  // The baselines the network's accuracy is measured against, with the darkness rule's measured figure.
  await expect(path(page).getByText(/Guessing at random is right 10% of the time/)).toBeVisible();
  await expect(path(page).getByText(/right 2,225 times: 22\.25% of the time/)).toBeVisible();

  await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(path(page).getByText(`Step ${LEARN_STEP_COUNT} of ${LEARN_STEP_COUNT}`)).toBeVisible();
  await expect(stepTitle(page)).toHaveText('What to try next');
  await expect(path(page).getByText(/changes one thing in the book’s first network: \[784, 30, 10\], sigmoid neurons, quadratic cost, η 3/)).toBeVisible();
  for (const name of [/The book’s settings, quick/, /100 times too small \(η 0\.03 instead of the book’s 3\)/, /100 times too large/, /3Blue1Brown’s network \[784, 16, 16, 10\]/, /Cross-entropy instead of quadratic/, /Compare with a framework/]) {
    await expect(path(page).getByRole('button', { name })).toBeVisible();
  }
  await expect(path(page).getByRole('button', { name: 'Next' })).toBeDisabled();
  // An experiment starts a run, and focus goes with the person to its controls, not to the next button in the list.
  const slow = path(page).getByRole('button', { name: /100 times too small/ });
  await expect(slow).toBeEnabled({ timeout: 60_000 });
  await slow.click();
  await expect(page.locator(':focus')).toHaveText(/^(Pause|Stop)$/);
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 120_000 });
  // Its result comes back into the path, epoch by epoch.
  await expect(path(page).getByRole('status').filter({ hasText: /^Your run: test accuracy after each epoch: (\d+\.\d%, ){4}\d+\.\d%\.$/ })).toBeVisible();

  await path(page).getByRole('button', { name: 'Close' }).click();
  await expect(path(page)).toHaveCount(0);
  // The place is remembered, also after a reload.
  await page.reload();
  await page.getByRole('button', { name: `How does it work? (go on at step ${LEARN_STEP_COUNT} of ${LEARN_STEP_COUNT})` }).click();
  await expect(path(page).getByText(`Step ${LEARN_STEP_COUNT} of ${LEARN_STEP_COUNT}`)).toBeVisible();
});

test('a glossary term opens its definition, with the book’s chapter; the glossary lists every term', async ({ page }) => {
  await openApp(page);
  const term = page.getByRole('button', { name: 'What is learning rate?' });
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const definition = page.locator(`#${await term.getAttribute('aria-controls')}`);
  await expect(definition).toHaveRole('note');
  await expect(definition).toContainText('how far each step moves the weights');
  await expect(definition.getByRole('link', { name: /Nielsen, chapter 1/ })).toHaveAttribute('href', 'http://neuralnetworksanddeeplearning.com/chap1.html');
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(term).toBeFocused();

  await page.getByText(/^Every term this page uses/).click();
  const glossary = page.getByRole('region', { name: 'Glossary' });
  await expect(glossary.getByRole('term')).toHaveCount(32);
  await expect(glossary.getByText('backpropagation', { exact: true })).toBeVisible();
  await expect(glossary.getByRole('link', { name: 'Nielsen, chapter 2' }).first()).toHaveAttribute('href', 'http://neuralnetworksanddeeplearning.com/chap2.html');
});

test('on a phone the path opens the card it points at: "Compare with a framework" shows the comparison, a run shows Train', async ({ page }) => {
  await openApp(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: /^How does it work\?/ }).click();
  for (let step = 1; step < LEARN_STEP_COUNT; step++) await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(path(page).getByText(`Step ${LEARN_STEP_COUNT} of ${LEARN_STEP_COUNT}`)).toBeVisible();
  const compare = page.getByRole('region', { name: 'Manual vs framework' });
  await expect(compare).toBeHidden();
  await path(page).getByRole('button', { name: /Compare with a framework/ }).click();
  await expect(compare.getByRole('button', { name: 'Open the comparison' })).toBeFocused();
  await expect(compare).toBeInViewport();

  await path(page).getByRole('button', { name: /3Blue1Brown’s network/ }).click();
  await expect(page.getByRole('region', { name: 'Train the network' })).toBeInViewport();
  await expect(compare).toBeHidden();
});

test('one learning step teaches the network a drawing it misread: the path says after how many steps its answer became right', async ({ page }) => {
  // The book's network after 100 mini-batches (the path's first choice) reads this clear 4 as a 7.
  await openApp(page);
  await drawDigit(page, CLEAR_DIGITS.find((d) => d.label === 4)!.strokes);
  await page.getByRole('button', { name: /^How does it work\?/ }).click();
  for (let step = 1; step < 8; step++) await path(page).getByRole('button', { name: 'Next' }).click();
  await expect(stepTitle(page)).toHaveText('One step of learning');
  await expect(path(page).getByLabel('The path works on')).toHaveValue('batches-100');
  await digitButton(page, 4).click();
  await path(page).getByRole('button', { name: 'Take one step' }).click();
  await expect(path(page).getByRole('status').filter({ hasText: /^Cost of this drawing:/ })).toContainText('Its answer became 4 after 1 step.');
  const before = path(page).getByRole('list', { name: 'Outputs before the step' });
  const after = path(page).getByRole('list', { name: 'Outputs after the step' });
  expect([await topOf(before), await topOf(after)]).toEqual([7, 4]);
});
