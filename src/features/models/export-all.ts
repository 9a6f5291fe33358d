import { createStore, entries } from 'idb-keyval';
import { messageOf } from '../../errors/error-message.ts';

// Every database the app keeps things in: the models' and the drawings'.
const DATABASES = [
  { db: 'nn-magic', store: 'keyval' },
  { db: 'nn-magic-my-digits', store: 'digits' },
] as const;

/** Everything storage still gives back, per database (records set aside included); a database that cannot be read says why. */
export async function readEverything(): Promise<Record<string, Record<string, unknown> | { unreadable: string }>> {
  const out: Record<string, Record<string, unknown> | { unreadable: string }> = {};
  for (const { db, store } of DATABASES) {
    try {
      out[db] = Object.fromEntries((await entries(createStore(db, store))).map(([k, v]) => [String(k), v]));
    } catch (error) {
      out[db] = { unreadable: messageOf(error) };
    }
  }
  return out;
}

/** Downloads everything storage still holds as one JSON file; its name. */
export async function exportEverything(): Promise<string> {
  const data = { format: 'nn-magic-backup', exportedAt: new Date().toISOString(), databases: await readEverything() };
  const name = `nn-magic-backup-${data.exportedAt.slice(0, 10)}.json`;
  const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** Deletes the app's databases (the last resort, after the export was offered). */
export async function resetStorage(): Promise<void> {
  await Promise.all(
    DATABASES.map(
      ({ db }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.deleteDatabase(db);
          request.onsuccess = () => resolve();
          request.onerror = () => reject(request.error ?? new Error(`${db} could not be deleted`));
          // Another tab holds it open: the deletion completes when it closes; go on.
          request.onblocked = () => resolve();
        }),
    ),
  );
}
