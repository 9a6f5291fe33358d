import { expect, test, type Page } from '@playwright/test';
import { chooseRun, CLEAR_DIGITS, drawDigit, finalPrediction, openApp, runQuickComparison } from './app-page.ts';

const seven = CLEAR_DIGITS.find((d) => d.label === 7)!;
const three = CLEAR_DIGITS.find((d) => d.label === 3)!;
const train = (page: Page) => page.getByRole('button', { name: 'Train' });

/** Writes straight into the app's IndexedDB, as a damaged disk or an older app would have. */
const putRecord = (page: Page, db: string, store: string, key: string, value: unknown) =>
  page.evaluate(
    ({ db, store, key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(value, key);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    { db, store, key, value },
  );

test('damaged records in storage: the app starts, names what it set aside, and every good record loads', async ({ page }) => {
  await openApp(page);
  const models = page.getByRole('region', { name: 'Your models' });
  for (const name of ['first good', 'second good']) {
    await models.getByLabel('Save the model in use as').fill(name);
    await models.getByRole('button', { name: 'Save' }).click();
    await expect(models.getByText(`Saved “${name}”.`)).toBeVisible();
  }
  for (const digit of [seven, three]) {
    await drawDigit(page, digit.strokes);
    await finalPrediction(page);
    await page.getByRole('button', { name: `It's a ${digit.label}` }).click();
    await page.getByRole('button', { name: /^Clear/ }).click();
  }
  await expect(page.getByRole('region', { name: 'My digits' })).toContainText('2');

  // A list entry of the wrong shape, a saved model with the wrong types, a drawing with a word for a
  // label and one whose strokes are not points.
  const list = await page.evaluate(() => new Promise<unknown[]>((resolve) => {
    const open = indexedDB.open('nn-magic');
    open.onsuccess = () => {
      const get = open.result.transaction('keyval').objectStore('keyval').get('saves');
      get.onsuccess = () => (open.result.close(), resolve(get.result));
    };
  }));
  await putRecord(page, 'nn-magic', 'keyval', 'saves', [...list, { id: 17, name: { long: 'x'.repeat(100_000) } }]);
  await putRecord(page, 'nn-magic', 'keyval', 'save:broken', { version: 2, name: 'broken', model: 42, savedAt: 'yesterday' });
  // A record the app wrote before records had names (format 1), missing from the list, and a session
  // record whose model is not a model.
  const [first] = list as { id: string }[];
  const record = await page.evaluate((id) => new Promise<Record<string, unknown>>((resolve) => {
    const open = indexedDB.open('nn-magic');
    open.onsuccess = () => {
      const get = open.result.transaction('keyval').objectStore('keyval').get(`save:${id}`);
      get.onsuccess = () => (open.result.close(), resolve(get.result));
    };
  }), first.id);
  const { name: _, ...formatOne } = record;
  await putRecord(page, 'nn-magic', 'keyval', 'save:older', { ...formatOne, version: 1 });
  await putRecord(page, 'nn-magic', 'keyval', 'session', { ...formatOne, model: '{"format":"not a model"}' });
  await putRecord(page, 'nn-magic-my-digits', 'digits', 'bad-label', { id: 'bad-label', label: 'seven', strokes: [[{ x: 1, y: 2 }]], savedAt: 1 });
  await putRecord(page, 'nn-magic-my-digits', 'digits', 'bad-strokes', { id: 'bad-strokes', label: 4, strokes: 'scribble', savedAt: 2 });

  await page.reload();
  const notice = page.getByRole('status', { name: 'Storage notice' });
  await expect(notice).toContainText('1 saved model could not be read and was set aside');
  await expect(notice).toContainText('2 drawings in My digits could not be read and were set aside');
  await expect(notice).toContainText('The list of saved models was damaged and was rebuilt');
  await expect(models.getByText('first good')).toBeVisible();
  await expect(models.getByText('second good')).toBeVisible();
  await expect(models.getByText(/^Recovered model of \d{4}-\d\d-\d\d/)).toBeVisible();
  await expect(notice).toContainText('The model in use on your last visit could not be read and was set aside');
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'My digits' }).getByRole('listitem')).toHaveCount(2);
  // Nothing set aside is lost: the export holds it.
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Export everything' }).click();
  const file = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of file) chunks.push(chunk as Buffer);
  const backup = Buffer.concat(chunks).toString('utf8');
  expect(backup).toContain('"aside:save:broken');
  expect(backup).toContain('"aside:bad-label:');
  expect(backup).toContain('"aside:session');
  // The page is usable: a drawing gets an answer, and no page grew wide.
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  // A second reload finds nothing more to set aside.
  await page.reload();
  await expect(models.getByText('first good')).toBeVisible();
  await expect(notice).toHaveCount(0);
});

const FAULTS = [
  ['HTTP 404', { status: 404, body: 'Not found' }, 'train-images-idx3-ubyte.gz: HTTP 404'],
  ['a corrupt gzip file', { status: 200, body: Buffer.from([0x1f, 0x8b, 8, 0, ...Array(400).fill(7)]) }, 'train-images-idx3-ubyte.gz: the gzip data is corrupt'],
  ['a web page instead of the file', { status: 200, contentType: 'text/html', body: '<!doctype html><html></html>' }, 'train-images-idx3-ubyte.gz: the server sent a web page'],
] as const;

for (const [what, response, message] of FAULTS) {
  test(`MNIST download, ${what}: a message naming the file, then Retry loads it`, async ({ page, context }) => {
    await context.route('**/mnist/train-images*', (route) => route.fulfill(response));
    await page.goto('/');
    const failure = page.getByRole('alert').filter({ hasText: 'MNIST could not be loaded' });
    await expect(failure).toContainText(message, { timeout: 60_000 });
    await expect(page.getByText(/Downloading MNIST/)).toHaveCount(0);
    await context.unroute('**/mnist/train-images*');
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(train(page)).toBeEnabled({ timeout: 60_000 });
  });
}

test('the pen-drawn digits fail to download: the run says which file and why, and no progress bar stays', async ({ page, context }) => {
  await openApp(page);
  await context.route('**/drawn-digits/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await page.getByLabel('Training data').selectOption('mnist+drawn');
  await train(page).click();
  await expect(page.getByText('pendigits-train.bin.gz: HTTP 404')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/pen-drawn digits…/)).toHaveCount(0);
  // Train again, the file back: this time it downloads, and the digits are being rendered. (A whole
  // run on them is the offline test's; rendering 7,494 digits twice again here would only take time.)
  await context.unroute('**/drawn-digits/**');
  await train(page).click();
  await expect(page.getByText(/^Rendering pen-drawn digits… \d+%/)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('pendigits-train.bin.gz: HTTP 404')).toHaveCount(0);
});

test('the fully connected ready model is missing: pressing its button names the file, and the model in use stays', async ({ page, context }) => {
  await context.route('**/models/ready-dense.bin', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openApp(page);
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await page.getByRole('region', { name: 'Your models' }).getByRole('button', { name: 'Use the fully connected ready model' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /^The fully connected ready model could not be loaded: ready-dense\.bin: HTTP 404 Not Found\. The model in use is unchanged\.$/ })).toBeVisible();
  await expect(page.getByText('Ready model:').first()).toBeVisible();
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);
});

test('the ready model is missing: the message names it, the page works with untrained weights', async ({ page, context }) => {
  await context.route('**/models/ready.bin', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html></html>' }));
  await openApp(page);
  await expect(page.getByText(/ready\.bin: the server sent something else than a model/)).toBeVisible();
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^(Prediction|No answer|Untrained: the network is guessing)/);
});

test('the sample digits fail to download: the message names the file, drawing still works, and Retry brings them', async ({ page, context }) => {
  await context.route('**/drawn-digits/pendigits-samples*', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await openApp(page);
  const failure = page.getByRole('alert').filter({ hasText: 'The sample digits could not be loaded' });
  await expect(failure).toContainText('pendigits-samples.bin.gz: HTTP 404');
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);
  await context.unroute('**/drawn-digits/pendigits-samples*');
  await failure.getByRole('button', { name: 'Retry' }).click();
  await page.getByRole('button', { name: 'Sample digit 3' }).click();
  await expect(failure).toHaveCount(0);
  expect(await finalPrediction(page)).toMatch(/^Prediction: \d /);
});

test('lazily loaded parts that fail to load show a Retry inside their card; the rest keeps working', async ({ page, context }) => {
  await context.route(/assets\/(CompareView|InsidePanel)-[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
  await openApp(page);
  const inside = page.getByRole('region', { name: 'Look inside' });
  await expect(inside.getByRole('alert')).toContainText('could not be downloaded');
  const compare = page.getByRole('region', { name: 'Manual vs framework' });
  await compare.getByRole('button', { name: 'Open the comparison' }).click();
  await expect(compare.getByRole('alert')).toContainText('could not be downloaded');
  // The rest of the page still answers.
  await drawDigit(page, seven.strokes);
  expect(await finalPrediction(page)).toMatch(/^Prediction: 7 /);
  await context.unroute(/assets\/(CompareView|InsidePanel)-[^/]*\.js$/);
  await compare.getByRole('button', { name: 'Retry' }).click();
  await expect(compare.getByRole('button', { name: 'Run both' })).toBeVisible();
  await inside.getByRole('button', { name: 'Retry' }).click();
  await expect(inside.getByRole('alert')).toHaveCount(0);
});

test('the page runs under its Content-Security-Policy with no violation while drawing, training and comparing (TF.js wasm)', async ({ page, context }) => {
  const violations: string[] = [];
  const onConsole = (text: string) => /Content Security Policy|Content-Security-Policy/i.test(text) && violations.push(text);
  page.on('console', (m) => onConsole(m.text()));
  page.on('worker', (w) => w.on('console', (m) => onConsole(m.text())));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)));
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  await expect(train(page)).toBeEnabled({ timeout: 60_000 });
  await drawDigit(page, seven.strokes);
  await finalPrediction(page);
  await chooseRun(page, /Nielsen ch\. 3/, 1000, 1);
  await train(page).click();
  await expect(page.getByText(/^Finished in/)).toBeVisible({ timeout: 120_000 });
  const card = await runQuickComparison(page);
  await expect(card.getByRole('status')).toContainText('TF.js: done', { timeout: 120_000 });
  await expect(card.getByRole('status')).not.toContainText('cpu backend');
  void context;
  expect(violations).toEqual([]);
});
