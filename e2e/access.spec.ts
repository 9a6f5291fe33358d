import { expect, test, type Locator, type Page } from '@playwright/test';
import { CLEAR_DIGITS, drawDigit, finalPrediction, openApp, runQuickComparison } from './app-page.ts';
import { expectNoViolations } from './axe-check.ts';

/** The button named `name` exactly (the phone's section bar has a "Train" of its own). */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).last();

/** Presses Tab (Shift+Tab going back) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, back = false, maxPresses = 250): Promise<void> {
  // The element is found once, not at every press: finding it by role and name means working out
  // the name of every button on the page. Should React replace it, it is found again.
  let element = await target.elementHandle();
  try {
    for (let i = 0; i < maxPresses; i++) {
      const [connected, focused] = await element.evaluate((el) => [el.isConnected, el === document.activeElement]);
      if (focused) return;
      if (!connected) {
        await element.dispose();
        element = await target.elementHandle();
        continue;
      }
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
  } finally {
    await element.dispose();
  }
  throw new Error(`${String(target)} never got focus in ${maxPresses} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Where focus is, in words; never the body after an action. */
async function expectFocusKept(page: Page, after: string): Promise<void> {
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return !el || el === document.body ? 'body' : `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}"`;
  });
  expect(focused, `focus after ${after}`).not.toBe('body');
}

/** Sets a settings number by keyboard: reach its box, select what is there, type the new value. */
async function typeSetting(page: Page, name: string, value: number): Promise<void> {
  await tabTo(page, page.getByRole('textbox', { name }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(String(value));
  await page.keyboard.press('Tab');
}

test('keyboard only: a sample digit, its prediction, a run, each Look inside view and a saved model; focus never falls to the body', async ({ page }) => {
  await openApp(page);
  const sample = page.getByRole('button', { name: 'Sample digit 7' });
  await tabTo(page, sample);
  await page.keyboard.press('Enter');
  expect(await finalPrediction(page)).toMatch(/^Prediction: \d/);
  await expect(page.getByRole('button', { name: 'Clear' })).toBeEnabled();
  await expect(page.getByText('A tap keeps the drawing in My digits')).toBeVisible();

  await typeSetting(page, 'Training images value', 1000);
  await typeSetting(page, 'Epochs value', 1);
  await tabTo(page, button(page, 'Train'), true);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 120_000 });
  // Train disabled itself while it ran: focus moved on to a control still there.
  await expectFocusKept(page, 'Train');
  // The accuracy chart's numbers as a table: Enter opens it, Escape folds it away again.
  const tableSummary = page.getByText('Accuracy as a table');
  await tabTo(page, tableSummary);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: 'Accuracy after each epoch' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('table', { name: 'Accuracy after each epoch' })).toBeHidden();
  await expect(tableSummary).toBeFocused();
  await expect(page.getByRole('button', { name: 'Clear' })).toBeEnabled();

  const inside = page.getByRole('region', { name: 'Look inside' });
  await tabTo(page, inside.getByRole('tab', { selected: true }));
  for (const tab of ['Hidden features', 'Errors', 'Network', 'Hidden features', 'Errors']) {
    await page.keyboard.press('ArrowRight');
    await expect(inside.getByRole('tab', { name: tab })).toBeFocused();
    await expect(inside.getByRole('tabpanel', { name: tab })).toBeVisible();
  }
  // Hidden features: arrow keys choose a tile, Enter opens that neuron in the network view.
  await page.keyboard.press('ArrowLeft');
  await expect(inside.getByRole('tab', { name: 'Hidden features' })).toBeFocused();
  await tabTo(page, inside.getByRole('application', { name: /^Hidden features/ }));
  await page.keyboard.press('ArrowRight');
  await expect(inside.getByText('Neuron 2 of', { exact: false })).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(inside.getByRole('tab', { name: 'Network' })).toBeFocused();
  await expect(inside.getByRole('img', { name: /^Incoming weights of Hidden layer 1, neuron 2 of/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(inside.getByRole('tab', { name: 'Errors' })).toBeFocused();

  // Errors: the run's analysis lists mistakes; choosing one opens it in the network view.
  const mistake = inside.getByRole('list', { name: 'Misclassified test images' }).getByRole('button').first();
  await expect(mistake).toBeVisible({ timeout: 60_000 });
  await tabTo(page, mistake);
  await page.keyboard.press('Enter');
  await expect(inside.getByRole('tab', { name: 'Network' })).toBeFocused();
  await expect(inside.getByText(/^Input: test image #/)).toBeVisible();

  await tabTo(page, page.getByRole('textbox', { name: 'Save the model in use as' }));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('By keyboard');
  await page.keyboard.press('Enter');
  const saved = page.getByRole('listitem', { name: 'By keyboard' });
  await expect(saved).toBeVisible();

  // A rename cancelled with Escape changes nothing and gives focus back to Rename.
  await tabTo(page, saved.getByRole('button', { name: 'Rename By keyboard' }), true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'New name for By keyboard' })).toBeFocused();
  await page.keyboard.type(' (not kept)');
  await page.keyboard.press('Escape');
  await expect(saved.getByRole('button', { name: 'Rename By keyboard' })).toBeFocused();
  await expect(saved).toContainText('By keyboard');
  // Escape there cancelled the edit only: the drawing stays on the pad.
  await expect(page.getByRole('button', { name: 'Clear' })).toBeEnabled();

  // The comparison: opening moves focus to its heading, Escape closes it and focus returns to Open.
  await tabTo(page, page.getByRole('button', { name: 'Open the comparison' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Manual vs framework' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Open the comparison' })).toBeFocused();

  // Reset asks first; Keep it keeps the model, and focus goes back to Reset.
  await tabTo(page, button(page, 'Reset'), true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(button(page, 'Reset')).toBeFocused();
  await expect(page.getByText('Untrained network.')).toBeHidden();

  // Clear disables itself: focus goes on to the sample digits beside it.
  await tabTo(page, page.getByRole('button', { name: 'Clear' }), true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Clear' })).toBeDisabled();
  await expectFocusKept(page, 'Clear');
});

test('axe finds no WCAG 2.2 AA violation: first screen, drawn, during and after a run, each Look inside tab, the comparison, both themes, 1280 and 360 px', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  await expectNoViolations(page, 'on the first screen (light, 1280)');
  await drawDigit(page, CLEAR_DIGITS[3].strokes);
  await finalPrediction(page);
  await expectNoViolations(page, 'after drawing');

  // During a run: Step starts one and holds it paused after its first mini-batch; Resume finishes it.
  await page.getByRole('textbox', { name: 'Training images value' }).fill('1000');
  await page.getByRole('textbox', { name: 'Epochs value' }).fill('1');
  await button(page, 'Step').click();
  await expect(page.getByText('Paused', { exact: true })).toBeVisible();
  await expectNoViolations(page, 'during a run (paused)');
  await button(page, 'Resume').click();
  await expect(page.getByRole('img', { name: /^Accuracy chart\. After epoch 1:/ })).toBeVisible({ timeout: 120_000 });
  // The charts' numbers are there as tables too.
  await page.getByText('Accuracy as a table').click();
  await expect(page.getByRole('table', { name: 'Accuracy after each epoch' }).getByRole('row')).not.toHaveCount(0);
  await expectNoViolations(page, 'after a run');

  const inside = page.getByRole('region', { name: 'Look inside' });
  const walkInside = async (theme: string, width: number) => {
    for (const tab of ['Network', 'Hidden features', 'Errors']) {
      await inside.getByRole('tab', { name: tab }).click();
      if (tab === 'Errors') await expect(inside.getByRole('table')).toBeVisible({ timeout: 60_000 });
      await expectNoViolations(page, `in Look inside: ${tab} (${theme}, ${width})`);
    }
  };
  await walkInside('light', 1280);
  // The comparison open, after a one-epoch run of both sides, so its results are on screen too.
  const compare = await runQuickComparison(page);
  await expect(compare.getByRole('img', { name: /^Comparison chart\. After epoch 1: test accuracy ours \d/ })).toBeVisible({ timeout: 90_000 });
  await expect(compare.getByRole('button', { name: 'Run both' })).toBeEnabled({ timeout: 90_000 });
  await expectNoViolations(page, 'with the comparison open (light)');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoViolations(page, 'with the comparison open (dark)');
  await page.getByRole('button', { name: 'Close' }).click();
  await walkInside('dark', 1280);

  // The choice is remembered; the phone layout, in both themes.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(button(page, 'Train')).toBeEnabled({ timeout: 60_000 });
  // Dark at 360 walks every section (target sizes do not depend on the theme); light was walked
  // whole at 1280, so at 360 its first screen is enough.
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await page.getByRole('button', { name: 'Sample digit 4' }).click();
  await finalPrediction(page);
  await expectNoViolations(page, 'on the first screen (dark, 360)');
  for (const section of ['My digits', 'Settings', 'Models', 'Compare', 'Look inside']) {
    await sections.getByRole('button', { name: section }).click();
    await expect(page.getByRole('heading', { level: 2, name: section === 'Compare' ? 'Manual vs framework' : section === 'Models' ? 'Your models' : section })).toBeVisible();
    if (section !== 'Look inside') await expectNoViolations(page, `in the ${section} section (dark, 360)`);
  }
  await walkInside('dark', 360);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await sections.getByRole('button', { name: 'Train' }).click();
  await expectNoViolations(page, 'on the first screen (light, 360)');
  // Back to the system's own (light) theme: the page follows the system again.
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('axe finds no WCAG 2.2 AA violation on any step of "How it works", its details open and one learning step taken: dark at 360 px, light at 1280', async ({ page }) => {
  test.setTimeout(300_000);
  const path = page.getByRole('region', { name: 'How it works', exact: true });
  const title = path.getByRole('heading', { level: 3 });
  const steps = path.getByRole('navigation', { name: 'Steps' });
  const next = steps.getByRole('button', { name: 'Next', exact: true });
  const back = steps.getByRole('button', { name: 'Back', exact: true });
  // What is one click away is checked too; the glossary's list is long and is not part of a step.
  const closedSummaries = path.locator('details:not([open]):not(.glossary) > summary');
  const checked: string[] = [];

  /** Opens the step's folded details, takes one learning step where there is one, and runs axe. */
  const checkStep = async (where: string) => {
    const name = await title.textContent();
    // The lesson for the drawing comes from the worker: the step shows "Draw a digit" until it is in.
    await expect(path.getByRole('note').filter({ hasText: /^Draw a digit on the pad/ })).toHaveCount(0);
    while ((await closedSummaries.count()) > 0) await closedSummaries.first().click();
    const take = path.getByRole('button', { name: 'Take one step' });
    if ((await take.count()) > 0) {
      await take.click();
      await expect(path.getByRole('status').filter({ hasText: /^Cost of this drawing: / })).toBeVisible();
      await expect(path.getByRole('img', { name: /^The cost over two weights/ })).toBeVisible();
    }
    await expectNoViolations(page, `on the step "${name}" (${where})`);
    checked.push(`${name}${(await take.count()) > 0 ? ' (one step taken)' : ''}`);
  };
  /** Presses `button` until it says it is disabled, checking each step it reaches. */
  const walk = async (button: Locator, where: string) => {
    await checkStep(where);
    while ((await button.getAttribute('aria-disabled')) !== 'true') {
      const before = await title.textContent();
      await button.click();
      await expect(title).not.toHaveText(before ?? '');
      await checkStep(where);
    }
  };

  // Loaded at the default width: at 360 the phone's section bar has a second "Train".
  await openApp(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: 'Sample digit 9' }).click();
  await finalPrediction(page);
  await page.getByRole('button', { name: /^How does it work\?/ }).click();
  await expect(back).toHaveAttribute('aria-disabled', 'true');
  await walk(next, 'dark, 360');
  // The walk went through the path, learning step included (should "Take one step" be renamed, say so).
  expect(checked.length).toBeGreaterThan(2);
  expect(checked).toContainEqual(expect.stringMatching(/\(one step taken\)$/));

  // The same page in light at 1280, walked back from the last step; the learning step taken above
  // now shows on the steps that work on a network, with its way back.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await page.setViewportSize({ width: 1280, height: 800 });
  await walk(back, 'light, 1280');
});
