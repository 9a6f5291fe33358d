import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

// WCAG 2.2 AA, which includes target-size (24 x 24 px) and colour contrast (4.5:1).
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core on the page as it is now (or on the part `include` selects); the failure lists each
 * rule broken and where. axe-core is loaded into a page once and stays there until the next load:
 * @axe-core/playwright loaded it again for every check, 0.8-0.9 s a check against 0.3-0.4 s (five
 * checks each, one page, this 2-core machine), and the accessibility tests check some forty states.
 * Only violations are described: describing every node that passes too took longer still.
 */
export async function expectNoViolations(page: Page, state: string, include?: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  // The page at rest: a button's colours fade for 0.15 s (after a theme change, say), and a colour
  // caught halfway is not one a person reads.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState === 'finished'));
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const { axe } = window as unknown as { axe: typeof import('axe-core') };
      const result = await axe.run(include ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v): Violation => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary?.split('\n')[1]?.trim() ?? '' })),
      }));
    },
    { tags: WCAG_TAGS, include },
  );
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target} — ${n.summary}`).join('\n    ')}`);
  expect(found, `axe violations ${state}`).toEqual([]);
}
