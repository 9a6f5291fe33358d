/**
 * Makes sure Playwright has a Chromium to drive: Debian's /usr/bin/chromium where it exists (this
 * project's CI machine cannot download browsers), otherwise Playwright's own, installed on demand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './chromium-launch.ts';

if (existsSync(SYSTEM_CHROMIUM)) {
  console.log(`ensure-browser: using ${SYSTEM_CHROMIUM}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`ensure-browser: using Playwright's Chromium at ${chromium.executablePath()}`);
} else {
  console.log("ensure-browser: no Chromium found; installing Playwright's own (one-time download)...");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
