import { createStore, del, get, keys, set, update, type UseStore } from 'idb-keyval';
import { messageOf } from '../../errors/error-message.ts';

/** The few key-value operations the app keeps models with (IndexedDB in the page, a Map in tests). */
export interface KeyValueBackend {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  update<T>(key: string, updater: (old: T | undefined) => T): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key held, so that damage to the index can be repaired from the records themselves. */
  keys(): Promise<string[]>;
}

/**
 * Every database the app keeps things in, the models' and the drawings' apart (clearing one never
 * touches the other); the backup file and the storage reset go through all of them.
 */
export const DATABASES = {
  models: { db: 'nn-magic', store: 'keyval' },
  myDigits: { db: 'nn-magic-my-digits', store: 'digits' },
} as const;

/**
 * Whether a database may hold anything: false only when the browser lists its databases and this
 * one is not among them (a first visit). Opening it would create it: on a first visit the session
 * read took a median 132 ms from its start to its answer, 86 ms without the open (14 visits each,
 * alternating; it runs beside the first render, whose tasks it shares the main thread with).
 */
export async function databaseMayExist(name: string): Promise<boolean> {
  // Typed here, not through the DOM's types: Node's type checks (the scripts) read this file too.
  const factory = (globalThis as { indexedDB?: { databases?: () => Promise<{ name?: string }[]> } }).indexedDB;
  if (typeof factory?.databases !== 'function') return true;
  try {
    return (await factory.databases()).some((d) => d.name === name);
  } catch {
    return true;
  }
}

/**
 * IndexedDB through idb-keyval, opened on first use: a browser without it fails at the call, not at
 * import. Reads before then find nothing, without opening it, where the database does not exist yet.
 */
function indexedDbBackend(): KeyValueBackend {
  let store: UseStore | null = null;
  const db = () => {
    if (!('indexedDB' in globalThis)) throw new Error('this browser offers no IndexedDB');
    return (store ??= createStore(DATABASES.models.db, DATABASES.models.store));
  };
  // Asked once: a first visit reads three times (the session, the list of saves, the keys), and
  // until a write opens the store nothing of this page's can have created the database.
  let listed: Promise<boolean> | null = null;
  const empty = async () => store === null && !(await (listed ??= databaseMayExist(DATABASES.models.db)));
  return {
    get: async (key) => ((await empty()) ? undefined : get(key, db())),
    set: async (key, value) => set(key, value, db()),
    update: async (key, updater) => update(key, updater, db()),
    del: async (key) => del(key, db()),
    keys: async () => ((await empty()) ? [] : (await keys(db())).map(String)),
  };
}

let backend: KeyValueBackend = indexedDbBackend();

/** Where models are kept; tests swap in memoryBackend() (memory-backend.ts). */
export const storage = (): KeyValueBackend => backend;

/** Makes `next` the backend every storage call uses from now on: the seam tests use. */
export function setStorageBackend(next: KeyValueBackend): void {
  backend = next;
}

/** Why storing failed, in words a person can act on. */
export function storageFailure(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = messageOf(error);
  if (name === 'QuotaExceededError') return 'The browser’s storage for this site is full, so models are not kept. Delete some saved models, or free space in the browser’s settings.';
  if (name === 'SecurityError' || name === 'InvalidStateError' || /no IndexedDB/.test(message)) {
    return 'This browser does not let the page store data (a private window, or storage blocked for this site), so models are not kept after a reload. Everything else works.';
  }
  return `Models could not be stored (${message}). Everything else works; export a file to keep a model.`;
}
