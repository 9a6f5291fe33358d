/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devSecurityHeaders, securityHeaders } from './security-headers.ts';
import { pwa } from './scripts/pwa-config.ts';

// Cross-origin isolation (COOP + COEP) lets workers share memory (SharedArrayBuffer);
// static hosts must send the same two headers (see README).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  // BASE_PATH=/nn-magic/ builds for a sub-path (a project page); every public file is fetched through import.meta.env.BASE_URL.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), pwa],
  worker: { format: 'es' },
  server: { headers: { ...isolationHeaders, ...devSecurityHeaders } },
  preview: { headers: { ...isolationHeaders, ...securityHeaders } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
