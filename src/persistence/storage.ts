import { createStore, del, get, keys, set, update, type UseStore } from 'idb-keyval';

/** The few key-value operations the app keeps models with (IndexedDB in the page, a Map in tests). */
export interface KeyValueBackend {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  update<T>(key: string, updater: (old: T | undefined) => T): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key held, so that damage to the index can be repaired from the records themselves. */
  keys(): Promise<string[]>;
}

/** IndexedDB through idb-keyval, opened on first use: a browser without it fails at the call, not at import. */
function indexedDbBackend(): KeyValueBackend {
  let store: UseStore | null = null;
  const db = () => {
    if (!('indexedDB' in globalThis)) throw new Error('this browser offers no IndexedDB');
    return (store ??= createStore('nn-magic', 'keyval'));
  };
  return {
    get: async (key) => get(key, db()),
    set: async (key, value) => set(key, value, db()),
    update: async (key, updater) => update(key, updater, db()),
    del: async (key) => del(key, db()),
    keys: async () => (await keys(db())).map(String),
  };
}

/** A backend in memory, for tests (and nothing is kept). */
export function memoryBackend(): KeyValueBackend {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, structuredClone(value)),
    update: async <T>(key: string, updater: (old: T | undefined) => T) => void map.set(key, updater(map.get(key) as T | undefined)),
    del: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
  };
}

let backend: KeyValueBackend = indexedDbBackend();

/** Where models are kept; tests swap in memoryBackend(). */
export const storage = (): KeyValueBackend => backend;

export function useStorageBackend(next: KeyValueBackend): void {
  backend = next;
}

/** Why storing failed, in words a person can act on. */
export function storageFailure(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return 'The browser’s storage for this site is full, so models are not kept. Delete some saved models, or free space in the browser’s settings.';
  if (name === 'SecurityError' || name === 'InvalidStateError' || /no IndexedDB/.test(message)) {
    return 'This browser does not let the page store data (a private window, or storage blocked for this site), so models are not kept after a reload. Everything else works.';
  }
  return `Models could not be stored (${message}). Everything else works; export a file to keep a model.`;
}
