import { expect, test, type Page } from '@playwright/test';
import { chooseRun, CLEAR_DIGITS, drawDigit, finalPrediction, keptSession, openApp, runQuickComparison } from './app-page.ts';

// Workers that end or hang mid-run, and what the page does about it. (Faults of storage and of
// downloads are in reliability.spec.ts.)

const seven = CLEAR_DIGITS.find((d) => d.label === 7)!;
const train = (page: Page) => page.getByRole('button', { name: 'Train' });

/** How many epochs the autosaved session record in IndexedDB holds (0 before there is one). */
const sessionEpochs = async (page: Page) => (await keptSession(page))?.epochs ?? 0;

test('the training worker ends mid-run: the page says so, starts a new one with the model saved after the last epoch, and Train works again', async ({ page }) => {
  await openApp(page);
  // The Errors view reads the ready model first: after the restart it must read the restored one.
  const inside = page.getByRole('region', { name: 'Look inside' });
  await inside.getByRole('tab', { name: 'Errors' }).click();
  await expect(inside.getByText(/test images right/)).toContainText('for the ready model');
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 30);
  await train(page).click();
  // Once autosave has kept an epoch's model in storage.
  await expect.poll(() => sessionEpochs(page), { timeout: 90_000 }).toBeGreaterThanOrEqual(1);
  const kept = await sessionEpochs(page);
  const worker = page.workers().find((w) => w.url().includes('trainer.worker'))!;
  expect(worker, 'the training worker').toBeTruthy();
  // The worker ends itself, as a crash or the browser reclaiming memory would end it.
  await worker.evaluate(() => void setTimeout(() => self.close(), 0));
  // The browser says the worker ended (its life lock is released): the page does not wait for the heartbeat's silence.
  const notice = page.getByRole('alert').filter({ hasText: 'The training worker ended' });
  await expect(notice).toContainText(/with the model saved after epoch \d+/, { timeout: 60_000 });
  const saved = Number(/after epoch (\d+)/.exec((await notice.textContent()) ?? '')![1]);
  expect(saved).toBeGreaterThanOrEqual(kept);
  // Storage was never at fault: a save cut short by the worker's end is not reported as one.
  await expect(page.getByText(/could not be stored/)).toHaveCount(0);
  // That model answers: the models card names it with its epochs, and its curves are back.
  await expect(page.getByText(`Answering with the network you trained (${saved} epoch${saved === 1 ? '' : 's'},`).first()).toBeVisible();
  await expect(train(page)).toBeEnabled({ timeout: 60_000 });
  // The new worker's model is analysed anew: its versions continue the page's numbers, none is taken for the ready model's.
  await expect(inside.getByText(/test images right/)).toContainText(`for the run stopped after epoch ${saved} of 30`, { timeout: 60_000 });
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: \d /);
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await train(page).click();
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 120_000 });
});

test('Stop answers at once when the training worker is too busy to answer: the run shows as ending, then a new worker takes over', async ({ page }) => {
  await openApp(page);
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 30);
  await train(page).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();
  // From here the page's clock runs as usual but can be moved on, so the heartbeat's 15 s limit for
  // an answer passes in a moment instead of being waited for (the test took 21 s, now 6-8 s).
  await page.clock.install();
  const worker = page.workers().find((w) => w.url().includes('trainer.worker'))!;
  // The worker hangs: it still lives (nothing tells the page it ended), but it answers nothing.
  await worker.evaluate(() => void setTimeout(() => {
    for (;;);
  }, 0));
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'Stopping the run…' })).toBeVisible();
  await expect(page.locator('.card-head .badge')).toHaveText('Stopping…');
  // The heartbeat finds it silent: a new worker takes over, and Train is back. The clock moves on a
  // step at a time, as a timer set while one fires may come due only in the next step.
  const lost = page.getByRole('alert').filter({ hasText: 'The training worker stopped answering' });
  await expect(async () => {
    await page.clock.fastForward(16_000);
    await expect(lost).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Stop' })).toBeDisabled();
  await expect(train(page)).toBeEnabled({ timeout: 60_000 });
});

test('a comparison worker ends mid-run: its side says so instead of training for ever, and Run both starts both again', async ({ page }) => {
  await openApp(page);
  const card = await runQuickComparison(page, { epochs: 30, trainSize: 1000 });
  await expect(card.getByRole('status')).toContainText('TF.js: training', { timeout: 60_000 });
  const worker = page.workers().find((w) => w.url().includes('framework.worker'))!;
  expect(worker, 'the TF.js side’s worker').toBeTruthy();
  await worker.evaluate(() => void setTimeout(() => self.close(), 0));
  const tfjs = card.getByRole('region', { name: /^TF\.js/ });
  await expect(tfjs.getByRole('alert')).toContainText('The TF.js side’s worker ended, so its run stopped.', { timeout: 90_000 });
  // The hand-written side goes on to its end; a new run starts both sides afresh.
  await expect(card.getByRole('status')).toContainText('Ours: done', { timeout: 90_000 });
  await card.getByLabel('Epochs').fill('1');
  await card.getByRole('button', { name: 'Run both' }).click();
  await expect(card.getByRole('status')).toContainText('TF.js: done', { timeout: 90_000 });
  await expect(card.getByRole('status')).toContainText('Ours: done');
  await expect(tfjs.getByRole('alert')).toHaveCount(0);
});
