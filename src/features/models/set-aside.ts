import { storage, type KeyValueBackend } from './storage.ts';

/** Keys of records set aside start with this; the backup file holds them with everything else. */
export const ASIDE_PREFIX = 'aside:';

/** What a set-aside key holds: the record as it was found, where and why it could not be read. */
export interface SetAsideRecord {
  key: string;
  reason: string;
  value: unknown;
  /** ms since 1970. */
  setAsideAt: number;
}

// Counts set-asides in this page, so that two in one millisecond still get keys of their own.
let setAsideCount = 0;

/**
 * Moves an unreadable record out of the app's way without deleting it: the person may export it.
 * The time and count in the key keep a record damaged twice under one key from overwriting the first copy.
 */
export async function setAside(key: string, value: unknown, reason: string, where: Pick<KeyValueBackend, 'set' | 'del'> = storage()): Promise<void> {
  const kept: SetAsideRecord = { key, reason, value, setAsideAt: Date.now() };
  await where.set(`${ASIDE_PREFIX}${key}:${kept.setAsideAt.toString(36)}.${(setAsideCount++).toString(36)}`, kept);
  await where.del(key);
}

/** "1 saved model could not be read and was set aside", with the count and its plural. */
export const setAsideNote = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many} could not be read and ${count === 1 ? 'was' : 'were'} set aside.`;
