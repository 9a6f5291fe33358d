/**
 * How the tests, benchmarks and scripts launch Chromium, in one place. On machines with Debian's
 * Chromium (this project's CI: Playwright's own browser cannot be downloaded there) they use it, with
 * the flags below; elsewhere Playwright uses its own browser, as it is.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Debian's Chromium is the full browser run headless: each new window (each Playwright context)
 * builds the address bar's suggestion popup as a hidden web page, chrome://omnibox-popup.top-chrome/
 * and its "AI mode" twin, about 1.2 s of this 2-core machine's processor per context (about:blank
 * costs 1.9 s with it, 0.6 s without; measured with /proc over one context). Nothing here looks at it.
 * Playwright's own headless shell has no address bar.
 */
export const UNUSED_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/**
 * Playwright's own --disable-features list (playwright-core 1.65, chromiumSwitches.ts). Chromium
 * keeps only the last --disable-features switch it is given, and Playwright puts the caller's last,
 * so ours must repeat Playwright's. chromium-launch.test.ts fails when Playwright's list changes.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** The switches for Debian's Chromium: no sandbox (CI runs as root), no GPU, no network of its own, no popup page. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI].join(',')}`,
];

/** Playwright's launch options: Debian's Chromium with SYSTEM_CHROMIUM_ARGS where it exists, else Playwright's own browser; `extraArgs` either way. */
export function chromiumLaunchOptions(extraArgs: string[] = []): LaunchOptions {
  return existsSync(SYSTEM_CHROMIUM)
    ? { executablePath: SYSTEM_CHROMIUM, args: [...SYSTEM_CHROMIUM_ARGS, ...extraArgs] }
    : extraArgs.length ? { args: extraArgs } : {};
}
