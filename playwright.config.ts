import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium-launch.ts';

// E2E_PORT lets a second checkout run its suite beside another one.
const PORT = Number(process.env.E2E_PORT ?? 4317);

export default defineConfig({
  testDir: 'e2e',
  timeout: 180_000,
  expect: { timeout: 30_000 },
  // A test keeps about two cores busy (the page, and the worker training in it): one test at a time
  // per two cores. On this project's 2-core machine two at a time took as long as one (62 tests in
  // 11.4 min, against 61 in 11.5 min one at a time), so it runs one. E2E_WORKERS sets another count.
  // Each test has a context of its own; static-host.spec.ts keeps its tests in order, in one worker,
  // as they share one build.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? Math.max(1, Math.floor(availableParallelism() / 2))),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // A fresh context installs the service worker again, which fetches and stores every file of the
    // app and a copy of MNIST: about 0.7 s of this 2-core machine per page, for a part most tests do
    // not look at. The files that test it (offline, the static host, the page's requests) allow it.
    serviceWorkers: 'block',
    // Debian's Chromium where it exists (CI here); elsewhere Playwright's own (scripts/ensure-browser.ts installs it).
    launchOptions: chromiumLaunchOptions(),
    // A failed test keeps its trace (each action, the console, the requests) and a screenshot of the
    // moment it failed. Without the trace's page snapshots and screencast: recording them for every test,
    // to throw them away when it passes, took 40% of the run (12 tests: 78 s with them, 50 s without,
    // 47 s with no trace at all; npx playwright test e2e/controls.spec.ts e2e/keep.spec.ts e2e/training.spec.ts).
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
