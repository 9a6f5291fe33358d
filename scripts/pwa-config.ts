import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The offline app (vite-plugin-pwa, Workbox): a manifest so the browser offers to install it, and
 * a service worker (src/app/pwa/sw.ts) that precaches the app shell, every lazily loaded chunk, TF.js's
 * WebAssembly, the two ready models (convolutional, and fully connected), the guided path's snapshots of the book's network and its small convolutional network, keeps MNIST and the pen-drawn digits after their first download,
 * and adds the cross-origin isolation headers a static host may not send.
 */
const offlineApp = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/app/pwa',
  filename: 'sw.ts',
  // A new version is announced (src/app/pwa/UpdateNotice.tsx), never swapped in under a running training.
  registerType: 'prompt',
  injectRegister: false,
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,wasm,svg,png,webmanifest}', 'models/ready.bin', 'models/ready-dense.bin', 'models/book-*.bin', 'models/why-conv.bin', 'drawn-digits/pendigits-samples.bin.gz'],
    // The comparison's TF.js worker is about 0.9 MB.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
  manifest: {
    name: 'NN Magic: watch a neural network learn',
    short_name: 'NN Magic',
    description: 'Draw a digit and watch a neural network, written from scratch and trained in your browser on MNIST, read it.',
    theme_color: '#1e1b4b',
    background_color: '#f1f5f9',
    display: 'standalone',
    start_url: '.',
    scope: '.',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
});

/** public/404.html with its link to the app pointing at the base the app is built for (public files are copied as they are). */
const notFoundPage: Plugin = {
  name: 'nn-magic-404-page',
  apply: 'build',
  async writeBundle({ dir }) {
    if (!dir) return;
    const file = join(dir, '404.html');
    const base = this.environment.config.base;
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll('%BASE_URL%', base));
  },
};

/** The plugins for the offline, installable app. */
export const pwa = [offlineApp, notFoundPage];
