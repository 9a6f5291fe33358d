/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devSecurityHeaders, ISOLATION_HEADERS, securityHeaders } from './security-headers.ts';
import { pwa } from './scripts/pwa-config.ts';

/** Test files of the parts that hold no module-level state (the numeric core, the worker, the scripts). */
const CORE_TESTS = ['src/{nn,drawing,training-data,mnist,worker}/**/*.test.ts', 'scripts/**/*.test.ts'];

export default defineConfig({
  // BASE_PATH=/nn-magic/ builds for a sub-path (a project page); every public file is fetched through import.meta.env.BASE_URL.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), pwa],
  worker: { format: 'es' },
  server: { headers: { ...ISOLATION_HEADERS, ...devSecurityHeaders } },
  preview: { headers: { ...ISOLATION_HEADERS, ...securityHeaders } },
  test: {
    testTimeout: 60_000,
    // One test file per core: Vitest's default (one fewer than the cores) ran one at a time on this
    // 2-core machine, 80 s against 53 s with two (npx vitest run --maxWorkers=N, same machine).
    maxWorkers: availableParallelism(),
    // Worker threads, not child processes: 47 s against 57 s for the whole suite (npx vitest run --pool=threads|forks).
    pool: 'threads',
    projects: [
      // The pure core and the scripts keep no state between files, so their files share a worker's
      // loaded modules instead of loading them again for each file: the suite took 35-36 s (three runs)
      // against 45-46 s (two runs) with every file isolated (npx vitest run, same machine).
      { extends: true, test: { name: 'core', include: CORE_TESTS, isolate: false } },
      // The page's files share one store and module-level clients: each file starts afresh (run
      // without isolation, worker-supervisor.test and pen-rest.test failed in some orders).
      { extends: true, test: { name: 'page', include: ['src/**/*.test.ts'], exclude: CORE_TESTS } },
    ],
  },
});
