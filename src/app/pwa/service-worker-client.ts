/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { useAppStore } from '../../store/app-store.ts';
import { dataFileUrls, KEEP_DATA_MESSAGE } from './data-files.ts';
import { swapToWaitingVersion } from './swap-to-waiting.ts';
import { setServiceWorkerState as set } from '../../client/service-worker-state.ts';

/** Registers the service worker once the page has loaded (it then fetches the app's files for offline use). */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // The swap itself is ours (swapToWaitingVersion): the plugin's own reload follows only a
  // controllerchange it counts as an update, which a page first opened uncontrolled never gets.
  registerSW({
    onNeedRefresh: () => set({ updateReady: true }),
    onOfflineReady: () => set({ offlineReady: true }),
    onNeedReload: () => {},
    onRegisteredSW: (_url, registration) => registration && checkForUpdates(registration),
  });
  keepDataOnceLoaded();
}

/** Once MNIST has loaded, asks the service worker to keep the data files, so the next visit can train offline. */
function keepDataOnceLoaded(): void {
  const ask = () =>
    void navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: KEEP_DATA_MESSAGE, urls: dataFileUrls(import.meta.env.BASE_URL) }),
    );
  if (useAppStore.getState().load.status === 'ready') return ask();
  const stop = useAppStore.subscribe((state) => {
    if (state.load.status !== 'ready') return;
    stop();
    ask();
  });
}

/** How often an open page asks whether a new version was published (a classroom tab stays open for hours). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Asks the host for a new version every hour and whenever the page comes back into view. */
function checkForUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => void registration.update().catch(() => {});
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check());
}

/** Swaps in the waiting version and reloads the page. */
export const reloadToUpdate = () => void swapToWaitingVersion();

/** Hides the update notice until the next visit (the new version then starts by itself). */
export const dismissUpdate = () => set({ updateReady: false });
