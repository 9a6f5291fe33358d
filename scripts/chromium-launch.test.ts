import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAYWRIGHT_DISABLED_FEATURES, SYSTEM_CHROMIUM_ARGS, UNUSED_BROWSER_UI } from './chromium-launch.ts';

/** The feature names in the installed Playwright's own `disabledFeatures = [ ... ]` list. */
function installedPlaywrightList(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([^\]]*)\]/.exec(bundle)?.[1];
  if (!list) throw new Error('playwright-core no longer writes its disabledFeatures list where this test looks: check chromiumSwitches and update PLAYWRIGHT_DISABLED_FEATURES');
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]);
}

describe('the Chromium launch flags', () => {
  it("repeat the installed Playwright's --disable-features list, which our single switch replaces", () => {
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(installedPlaywrightList());
  });

  it('give one --disable-features switch, with the unused popup pages too', () => {
    const switches = SYSTEM_CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='));
    expect(switches).toHaveLength(1);
    expect(switches[0].split('=')[1].split(',')).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI]);
  });
});
