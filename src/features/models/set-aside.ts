import { storage } from './storage.ts';

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

/** Moves an unreadable record out of the app's way without deleting it: the person may export it. */
export async function setAside(key: string, value: unknown, reason: string): Promise<void> {
  const kept: SetAsideRecord = { key, reason, value, setAsideAt: Date.now() };
  await storage().set(`${ASIDE_PREFIX}${key}:${kept.setAsideAt.toString(36)}`, kept);
  await storage().del(key);
}

/** "1 saved model could not be read and was set aside", with the count and its plural. */
export const setAsideNote = (count: number, one: string, many: string) =>
  `${count} ${count === 1 ? one : many} could not be read and ${count === 1 ? 'was' : 'were'} set aside.`;
