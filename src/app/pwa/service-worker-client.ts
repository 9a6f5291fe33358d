/// <reference types="vite-plugin-pwa/client" />
import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { useAppStore } from '../../store/app-store.ts';
import { dataFileUrls, KEEP_DATA_MESSAGE } from './data-files.ts';

/** What the service worker has told the page: a new version waits, or the app is kept for offline use. */
export interface ServiceWorkerState {
  updateReady: boolean;
  offlineReady: boolean;
}

// Page-lifecycle state, not the network's: it lives here rather than in the app store, which
// the worker and the saves write to.
let state: ServiceWorkerState = { updateReady: false, offlineReady: false };
const listeners = new Set<() => void>();
let applyUpdate: () => Promise<void> = async () => location.reload();

function set(change: Partial<ServiceWorkerState>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}

/** Registers the service worker once the page has loaded (it then fetches the app's files for offline use). */
export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => set({ updateReady: true }),
    onOfflineReady: () => set({ offlineReady: true }),
  });
  applyUpdate = () => update(true);
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

/** Swaps in the waiting version and reloads the page. */
export const reloadToUpdate = () => void applyUpdate();

/** Hides the update notice until the next visit (the new version then starts by itself). */
export const dismissUpdate = () => set({ updateReady: false });

/** The service worker's state, for components. */
export const useServiceWorkerState = (): ServiceWorkerState =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
