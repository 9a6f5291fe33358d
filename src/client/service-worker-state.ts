import { useSyncExternalStore } from 'react';

/** What the service worker has told the page: a new version waits, or the app is kept for offline use. */
export interface ServiceWorkerState {
  updateReady: boolean;
  offlineReady: boolean;
}

// Page-lifecycle state, not the network's: it lives here rather than in the app store, which the
// worker and the saves write to. The app's service-worker client (src/app/pwa) writes it.
let state: ServiceWorkerState = { updateReady: false, offlineReady: false };
const listeners = new Set<() => void>();

/** Records what the service worker said. */
export function setServiceWorkerState(change: Partial<ServiceWorkerState>): void {
  state = { ...state, ...change };
  listeners.forEach((listener) => listener());
}

/** The service worker's state, for components. */
export const useServiceWorkerState = (): ServiceWorkerState =>
  useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
