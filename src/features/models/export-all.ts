import { createStore, entries } from 'idb-keyval';
import { messageOf } from '../../errors/error-message.ts';
import { downloadJson } from '../../ui/download-json.ts';
import { DATABASES } from './storage.ts';

/** Everything storage still gives back, per database (records set aside included); a database that cannot be read says why. */
export async function readEverything(): Promise<Record<string, Record<string, unknown> | { unreadable: string }>> {
  const out: Record<string, Record<string, unknown> | { unreadable: string }> = {};
  for (const { db, store } of Object.values(DATABASES)) {
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
  downloadJson(JSON.stringify(data), name);
  return name;
}

/** Deletes the app's databases (the last resort, after the export was offered). */
export async function resetStorage(): Promise<void> {
  await Promise.all(
    Object.values(DATABASES).map(
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
