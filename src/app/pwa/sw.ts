/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { isolationPlugin } from './isolation-headers.ts';
import { KEEP_DATA_MESSAGE } from './data-files.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

// The app shell, every lazily loaded chunk (charts, views, the comparison, TF.js and its
// WebAssembly) and the ready model: listed at build time by vite-plugin-pwa (see vite.config.ts).
addPlugins([isolationPlugin]);
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first visit's page is served by this worker as soon as it is active: a chunk it loads later
// (a chart, the guided path) then comes from the cache, even if the connection is gone by then.
// A new version still waits for Reload (skipWaiting only on the page's message).
clientsClaim();

// The page's address carries its settings (?eta=…): any such address opens the one page (the
// allowlist is matched against the path and the query).
const scope = new URL(self.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { allowlist: [new RegExp(`^${scope}(index\\.html)?(\\?.*)?$`)] }));

// MNIST (11 MB) and the pen-drawn digits are too large to fetch at install, before they are
// wanted; they are kept once the app has downloaded them. Their files never change.
const DATA_CACHE = 'nn-magic-data';
const isDataFile = (url: URL) => url.origin === self.location.origin && /\/(mnist|drawn-digits)\/[^/]+\.gz$/.test(url.pathname);
registerRoute(({ url }) => isDataFile(url), new CacheFirst({ cacheName: DATA_CACHE, plugins: [isolationPlugin] }));

/**
 * Keeps the data files the page downloaded before this worker took over (a first visit): the
 * page asks once MNIST has loaded, so the fetch here is usually answered by the browser's HTTP
 * cache. The pen-drawn digits come too, so that an offline visit can train on them as well.
 */
async function keepDataFiles(hrefs: unknown): Promise<void> {
  if (!Array.isArray(hrefs)) return;
  const cache = await caches.open(DATA_CACHE);
  for (const href of hrefs) {
    const url = new URL(String(href), self.registration.scope);
    if (!isDataFile(url) || (await cache.match(url))) continue;
    const response = await fetch(url);
    if (response.ok) await cache.put(url, response);
  }
}

// Everything else from this site still gets the isolation headers (a 404 page, a file added later).
registerRoute(({ sameOrigin }) => sameOrigin, new NetworkOnly({ plugins: [isolationPlugin] }));

// registerType 'prompt': a new version waits until the person presses Reload (never under a running training).
self.addEventListener('message', (event) => {
  const message = event.data as { type?: string; urls?: unknown } | null;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (message?.type === KEEP_DATA_MESSAGE) event.waitUntil(keepDataFiles(message.urls));
});
