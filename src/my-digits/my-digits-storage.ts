import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { MyDigit } from './my-digit.ts';

// Its own database, apart from the saved models': clearing one never touches the other.
let store: UseStore | null = null;
const db = () => {
  if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB, so drawings cannot be kept');
  return (store ??= createStore('nn-magic-my-digits', 'digits'));
};

/** Every kept drawing, oldest first. */
export async function loadMyDigits(): Promise<MyDigit[]> {
  const all = await entries<string, MyDigit>(db());
  return all.map(([, digit]) => digit).sort((a, b) => a.savedAt - b.savedAt || a.id.localeCompare(b.id));
}

/** Keeps a drawing (or replaces the one with the same id). */
export const putMyDigit = (digit: MyDigit): Promise<void> => set(digit.id, digit, db());

/** Forgets a drawing. */
export const deleteMyDigit = (id: string): Promise<void> => del(id, db());
