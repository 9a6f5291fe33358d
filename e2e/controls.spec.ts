import { expect, test, type Page } from '@playwright/test';
import { openApp } from './app-page.ts';

const slider = (page: Page, name: string | RegExp) => page.getByRole('slider', { name });
/** The plain line on what Train will run, for a newcomer. */
const plainRun = (page: Page) => page.locator('p', { hasText: /^Train runs:/ });
/** The exact settings of the next run, one click away under the plain line. */
const nextRun = (page: Page) => page.locator('details', { hasText: 'Exact settings' }).locator('p');
/** Opens the "Exact settings" disclosure, as a person who wants the figures would. */
const showExactSettings = async (page: Page) => {
  await page.getByText('Exact settings', { exact: true }).click();
  await expect(nextRun(page)).toBeVisible();
};

test('sliders moved by keyboard change the config', async ({ page }) => {
  await openApp(page);
  await showExactSettings(page);
  await slider(page, 'Epochs').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('textbox', { name: 'Epochs value' })).toHaveValue('32');
  await expect(nextRun(page)).toContainText('32 epochs');

  // The learning rate moves on a logarithmic scale: 3, then 2, then 1.
  await slider(page, /Learning rate/).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(nextRun(page)).toContainText('η 2,');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('textbox', { name: /Learning rate/ })).toHaveValue('1');

  await slider(page, 'Hidden layers').focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider(page, 'Neurons in hidden layer 2')).toBeVisible();
  await slider(page, 'Neurons in hidden layer 2').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(nextRun(page)).toContainText('[784, 30, 29, 10]');

  await slider(page, 'Mini-batch size').focus();
  await page.keyboard.press('End');
  await expect(nextRun(page)).toContainText('mini-batch 100');
});

test('a preset sets every control', async ({ page }) => {
  await openApp(page);
  await showExactSettings(page);
  await page.getByRole('textbox', { name: 'Training images value' }).fill('3000');
  await page.getByRole('textbox', { name: 'Seed' }).fill('77');
  await page.getByLabel('Hidden activation').selectOption('relu');
  await slider(page, 'Hidden layers').focus();
  await page.keyboard.press('End');

  await page.getByRole('button', { name: /Nielsen ch\. 3/ }).click();
  await expect(page.getByRole('button', { name: /Nielsen ch\. 3/ })).toHaveAttribute('aria-pressed', 'true');
  const expected: [string, string][] = [
    ['Neurons in hidden layer 1 value', '100'],
    ['Learning rate η value', '0.5'],
    ['Mini-batch size value', '10'],
    ['Epochs value', '30'],
    ['L2 regularisation λ value', '5'],
    ['Training images value', '50000'],
    ['Seed', '2'],
  ];
  for (const [name, value] of expected) await expect(page.getByRole('textbox', { name, exact: true })).toHaveValue(value);
  await expect(page.getByText('Hidden layers', { exact: true }).locator('..').getByRole('status')).toHaveText('1');
  await expect(slider(page, 'Neurons in hidden layer 2')).toHaveCount(0);
  await expect(page.getByLabel('Hidden activation')).toHaveValue('sigmoid');
  await expect(page.getByLabel('Output and cost')).toHaveValue('cross-entropy');
  await expect(page.getByLabel('Initialisation')).toHaveValue('scaled');
  await expect(plainRun(page)).toHaveText('Train runs: 100 hidden neurons, cross-entropy cost and L2, 30 passes over 50,000 training images.');
  await expect(nextRun(page)).toHaveText('[784, 100, 10] sigmoid, cross-entropy cost, η 0.5, mini-batch 10, λ 5, 30 epochs on 50,000 images, seed 2');

  // 3Blue1Brown's network, named for a newcomer, with its exact layers one click away.
  await page.getByRole('button', { name: /Two hidden layers of 16 neurons.*3Blue1Brown/ }).click();
  await expect(plainRun(page)).toHaveText('Train runs: Two hidden layers of 16 neurons, 30 passes over 50,000 training images.');
  await expect(nextRun(page)).toContainText('[784, 16, 16, 10] sigmoid, quadratic cost, η 3, mini-batch 10');
});

test('a bad typed value is refused with a message', async ({ page }) => {
  await openApp(page);
  await page.getByRole('textbox', { name: 'Learning rate η value' }).fill('50');
  await expect(page.getByText('learning rate must be from 0.001 to 10, got 50').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
  await page.getByRole('textbox', { name: 'Learning rate η value' }).fill('0.05');
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
