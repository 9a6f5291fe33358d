import type { SavedModelSummary } from '../store/models-slice.ts';
import { isModelRecord, summaryOf, type ModelRecord } from './model-record.ts';
import { storage } from './storage.ts';

// The list lives under one key, each model's weights under its own: listing never reads megabytes.
const INDEX_KEY = 'saves';
const recordKey = (id: string) => `save:${id}`;

/** The longest name a save may have. */
export const MAX_SAVE_NAME = 80;

/** A name trimmed and checked; throws a message when it is empty or too long. */
export function checkedName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new Error('Give the model a name.');
  if (trimmed.length > MAX_SAVE_NAME) throw new Error(`A name can have at most ${MAX_SAVE_NAME} characters.`);
  return trimmed;
}

/** The saves, newest first. */
export async function listSaves(): Promise<SavedModelSummary[]> {
  const list = await storage().get<SavedModelSummary[]>(INDEX_KEY);
  return Array.isArray(list) ? [...list].sort((a, b) => b.savedAt - a.savedAt) : [];
}

/** Keeps a record under a name; the new list. */
export async function addSave(name: string, record: ModelRecord): Promise<SavedModelSummary[]> {
  const id = `${record.savedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const summary = summaryOf(id, checkedName(name), record);
  // Weights first: a list entry never points at a model that is not there.
  await storage().set(recordKey(id), record);
  await storage().update<SavedModelSummary[]>(INDEX_KEY, (list) => [...(list ?? []), summary]);
  return listSaves();
}

/** A save's record; throws when storage no longer holds it. */
export async function readSave(id: string): Promise<ModelRecord> {
  const record = await storage().get<unknown>(recordKey(id));
  if (!isModelRecord(record)) throw new Error('This save is missing or damaged in the browser’s storage.');
  return record;
}

export async function renameSave(id: string, name: string): Promise<SavedModelSummary[]> {
  const checked = checkedName(name);
  await storage().update<SavedModelSummary[]>(INDEX_KEY, (list) => (list ?? []).map((s) => (s.id === id ? { ...s, name: checked } : s)));
  return listSaves();
}

export async function deleteSave(id: string): Promise<SavedModelSummary[]> {
  await storage().update<SavedModelSummary[]>(INDEX_KEY, (list) => (list ?? []).filter((s) => s.id !== id));
  await storage().del(recordKey(id));
  return listSaves();
}
