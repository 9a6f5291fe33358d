/// <reference lib="webworker" />
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { isolationPlugin } from './isolation-headers.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

// The app shell, every lazily loaded chunk (charts, views, the comparison, TF.js and its
// WebAssembly) and the ready model: listed at build time by vite-plugin-pwa (see vite.config.ts).
addPlugins([isolationPlugin]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// The page's address carries its settings (?eta=…): any such address opens the one page.
const scope = new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [new RegExp(`^${scope}(index\\.html)?$`)] }));

// MNIST (11 MB) and the pen-drawn digits are too large to fetch at install, before they are
// wanted; they are kept once the app has downloaded them. Their files never change.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /\/(mnist|drawn-digits)\/[^/]+\.gz$/.test(url.pathname),
  new CacheFirst({ cacheName: 'nn-magic-data', plugins: [isolationPlugin] }),
);

// Everything else from this site still gets the isolation headers (a 404 page, a file added later).
registerRoute(({ sameOrigin }) => sameOrigin, new NetworkOnly({ plugins: [isolationPlugin] }));

// registerType 'prompt': a new version waits until the person presses Reload (never under a running training).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
