/**
 * Counts the words each step of the guided path opens with: the text a reader sees at once, outside
 * what is one click away (closed <details>), figures, tables, lists of numbers and controls (a
 * glossary term counts as the word it is). The path aims at about 120 words a step.
 * Run: npx tsx scripts/bench/path-words.ts
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium-launch.ts';
import { serveProductionBuild } from './serve-build.ts';

/** NodeFilter.SHOW_TEXT: this script compiles without the DOM's types, for Node. */
const SHOW_TEXT = 4;

/** What the count uses of the page's DOM, typed here (the scripts' tsconfig has no DOM library). */
interface PageElement {
  ownerDocument: { createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageNode | null } };
  checkVisibility(): boolean;
  closest(selectors: string): PageElement | null;
}
interface PageNode {
  textContent: string | null;
  parentElement: PageElement | null;
}
const site = await serveProductionBuild('.path-words-dist');
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Sample digit 9' }).click();
  await page.getByRole('button', { name: 'How does it work?' }).click();
  const card = page.locator('.learn-card');
  const next = card.getByRole('button', { name: 'Next' });
  for (;;) {
    const title = (await card.locator('.learn-step-title').textContent()) ?? '';
    // The step's own view once the lesson for the drawing has arrived (a step without one says so).
    await card.locator('.learn-step > :not(.learn-no-drawing)').first().waitFor();
    // Step 6's landscape comes a moment after the step's text.
    if (/One step of learning/.test(title)) await card.locator('.cost-landscape').waitFor();
    const words = await card.locator('.learn-step').evaluate((step: PageElement, showText: number) => {
      const walker = step.ownerDocument.createTreeWalker(step, showText);
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (!parent.checkVisibility() || parent.closest('summary, svg, table, ol, ul, button:not(.term-button), label, select, [aria-hidden="true"], .visually-hidden')) continue;
        count += (node.textContent ?? '').split(/\s+/).filter((word: string) => /[A-Za-z]/.test(word)).length;
      }
      return count;
    }, SHOW_TEXT);
    console.log(`${String(words).padStart(4)} words  ${title}`);
    if ((await next.getAttribute('aria-disabled')) === 'true') break;
    await next.click();
    await card.locator('.learn-step-title').filter({ hasNotText: title }).waitFor();
  }
} finally {
  await browser.close();
  await site.close();
}
