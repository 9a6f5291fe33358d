import { isModelRecord, type ModelRecord } from './model-record.ts';
import { storage } from './storage.ts';

/** The key of the model in use, kept after every epoch so that a reload brings it back. */
const SESSION_KEY = 'session';

/** The model in use on the last visit, if storage holds a readable one. */
export async function readSession(): Promise<ModelRecord | undefined> {
  const value = await storage().get<unknown>(SESSION_KEY);
  return isModelRecord(value) ? value : undefined;
}

export const writeSession = (record: ModelRecord) => storage().set(SESSION_KEY, record);

/** Forgets the model in use: the next visit starts from the ready model. */
export const clearSession = () => storage().del(SESSION_KEY);
