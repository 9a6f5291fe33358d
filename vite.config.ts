/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { devSecurityHeaders, securityHeaders } from './security-headers.ts';

// Cross-origin isolation (COOP + COEP) lets workers share memory (SharedArrayBuffer);
// static hosts must send the same two headers (see README).
const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  server: { headers: { ...isolationHeaders, ...devSecurityHeaders } },
  preview: { headers: { ...isolationHeaders, ...securityHeaders } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
