import { readModelRecord, type ModelRecord } from './model-record.ts';
import { setAside } from './set-aside.ts';
import { storage } from './storage.ts';
import { messageOf } from '../../errors/error-message.ts';

/** The key of the model in use, kept after every epoch so that a reload brings it back. */
const SESSION_KEY = 'session';

/**
 * The model in use on the last visit, if storage holds a readable one. An unreadable one is set
 * aside (and `onSetAside` told why), so the next visit does not meet it again.
 */
export async function readSession(onSetAside: (reason: string) => void = () => {}): Promise<ModelRecord | undefined> {
  const value = await storage().get<unknown>(SESSION_KEY);
  if (value === undefined) return undefined;
  try {
    return readModelRecord(value);
  } catch (error) {
    const reason = messageOf(error);
    await setAside(SESSION_KEY, value, reason);
    onSetAside(reason);
    return undefined;
  }
}

/** Sets the session aside after the worker refused its model (the same checks as an imported file). */
export async function setSessionAside(reason: string): Promise<void> {
  const value = await storage().get<unknown>(SESSION_KEY);
  if (value !== undefined) await setAside(SESSION_KEY, value, reason);
}

export const writeSession = (record: ModelRecord) => storage().set(SESSION_KEY, record);

/** Forgets the model in use: the next visit starts from the ready model. */
export const clearSession = () => storage().del(SESSION_KEY);
