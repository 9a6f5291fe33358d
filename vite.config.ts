/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devSecurityHeaders, ISOLATION_HEADERS, securityHeaders } from './security-headers.ts';
import { pwa } from './scripts/pwa-config.ts';

export default defineConfig({
  // BASE_PATH=/nn-magic/ builds for a sub-path (a project page); every public file is fetched through import.meta.env.BASE_URL.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), pwa],
  worker: { format: 'es' },
  server: { headers: { ...ISOLATION_HEADERS, ...devSecurityHeaders } },
  preview: { headers: { ...ISOLATION_HEADERS, ...securityHeaders } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    // One test file per core: Vitest's default (one fewer than the cores) ran one at a time on this
    // 2-core machine, 80 s against 53 s with two (npx vitest run --maxWorkers=N, same machine).
    maxWorkers: availableParallelism(),
    // Worker threads, not child processes: 47 s against 57 s for the whole suite (npx vitest run --pool=threads|forks).
    pool: 'threads',
  },
});
