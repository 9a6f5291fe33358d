import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { ASIDE_PREFIX, setAside as moveAside } from '../models/set-aside.ts';
import { DATABASES, databaseMayExist } from '../models/storage.ts';
import type { MyDigit } from './my-digit.ts';
import { myDigitRecord, readMyDigitRecord } from './my-digit-record.ts';
import { messageOf } from '../../errors/error-message.ts';

let store: UseStore | null = null;
const db = () => {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB, so drawings cannot be kept');
  return (store ??= createStore(DATABASES.myDigits.db, DATABASES.myDigits.store));
};

/** The kept drawings, oldest first, and how many stored ones could not be read and were set aside. */
export interface LoadedMyDigits {
  digits: MyDigit[];
  setAside: number;
}

/** Every kept drawing, checked as a file's drawing is; an unreadable one is moved aside (kept, not deleted). */
export async function loadMyDigits(): Promise<LoadedMyDigits> {
  // On a first visit there is no database yet: opening it would create it, beside the first model's arrival.
  if (store === null && !(await databaseMayExist(DATABASES.myDigits.db))) return { digits: [], setAside: 0 };
  const all = await entries<IDBValidKey, unknown>(db());
  const digits: MyDigit[] = [];
  let setAside = 0;
  for (const [key, value] of all) {
    if (typeof key === 'string' && key.startsWith(ASIDE_PREFIX)) continue;
    try {
      digits.push(readMyDigitRecord(value));
    } catch (error) {
      await moveAside(String(key), value, messageOf(error), { set: (k, v) => set(k, v, db()), del: () => del(key, db()) });
      setAside++;
    }
  }
  return { digits: digits.sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id)), setAside };
}

/** Keeps a drawing (or replaces the one with the same id). */
export const putMyDigit = (digit: MyDigit): Promise<void> => set(digit.id, myDigitRecord(digit), db());

/** Forgets a drawing. */
export const deleteMyDigit = (id: string): Promise<void> => del(id, db());
