import type { SavedModelSummary } from './models-slice.ts';
import { RecordError } from './migrate.ts';
import { readModelRecord, summaryOf, type ModelRecord } from './model-record.ts';
import { setAside } from './set-aside.ts';
import { storage } from './storage.ts';
import { messageOf } from '../../errors/error-message.ts';

// The list lives under one key, each model's weights under its own: listing never reads megabytes.
const INDEX_KEY = 'saves';
const RECORD_PREFIX = 'save:';
const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

/** The longest name a save may have. */
export const MAX_SAVE_NAME = 80;

/** A name trimmed and checked; throws a message when it is empty or too long. */
export function checkedName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (!trimmed) throw new Error('Give the model a name.');
  if (trimmed.length > MAX_SAVE_NAME) throw new Error(`A name can have at most ${MAX_SAVE_NAME} characters.`);
  return trimmed;
}

const isNumberList = (v: unknown) => Array.isArray(v) && v.every((n) => Number.isInteger(n));
const optionalNumber = (v: unknown) => v === undefined || (typeof v === 'number' && Number.isFinite(v));

/** Whether an entry of the list has the shape the list shows. */
export function isSummary(value: unknown): value is SavedModelSummary {
  const s = value as SavedModelSummary;
  return (
    typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.name === 'string' && s.name.length <= MAX_SAVE_NAME &&
    typeof s.savedAt === 'number' && Number.isFinite(s.savedAt) && isNumberList(s.layers) && (s.model === undefined || typeof s.model === 'string') &&
    optionalNumber(s.bestTestAccuracy) && optionalNumber(s.epochs) && (s.config === undefined || (typeof s.config === 'object' && s.config !== null))
  );
}

const newestFirst = (list: SavedModelSummary[]) => [...list].sort((a, b) => b.savedAt - a.savedAt);

/** The saves, newest first (entries of a damaged list left out: openSaves repairs it). */
export async function listSaves(): Promise<SavedModelSummary[]> {
  const list = await storage().get<unknown>(INDEX_KEY);
  return Array.isArray(list) ? newestFirst(list.filter(isSummary)) : [];
}

/** What opening the saves found: the list, and how many records were set aside. */
export interface OpenedSaves {
  saves: SavedModelSummary[];
  /** Saved models whose records could not be read, now kept aside. */
  setAside: number;
  /** Whether the list itself was damaged or out of step with the records and was rebuilt. */
  rebuilt: boolean;
}

const recoveredName = (savedAt: number) => `Recovered model of ${new Date(savedAt).toISOString().slice(0, 16).replace('T', ' ')}`;

/**
 * The saves, checked against the records they list: entries of a damaged list are set aside and
 * their models listed again from the records (every record's key is read, only unlisted records'
 * values), entries whose record is gone are dropped, unreadable records are set aside.
 */
export async function openSaves(): Promise<OpenedSaves> {
  const raw = await storage().get<unknown>(INDEX_KEY);
  const entries: unknown[] = Array.isArray(raw) ? raw : [];
  const stored = new Set((await storage().keys()).filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length)));
  const valid = entries.filter(isSummary);
  const listed = valid.filter((s) => stored.has(s.id));
  // Not a list, or entries of the wrong shape: the list itself is set aside before it is rebuilt.
  const malformed = raw !== undefined && (!Array.isArray(raw) || valid.length < entries.length);
  const dangling = listed.length < valid.length;
  const listedIds = new Set(listed.map((s) => s.id));
  let setAsideCount = 0;
  const found: SavedModelSummary[] = [];
  for (const id of stored) {
    if (listedIds.has(id)) continue;
    const value = await storage().get<unknown>(recordKey(id));
    try {
      const record = readModelRecord(value);
      found.push(summaryOf(id, record.name ?? recoveredName(record.savedAt), record));
    } catch (error) {
      await setAside(recordKey(id), value, messageOf(error));
      setAsideCount++;
    }
  }
  const rebuilt = malformed || dangling || found.length > 0;
  if (rebuilt) {
    if (malformed) await setAside(INDEX_KEY, raw, 'the list of saves was damaged');
    await storage().set(INDEX_KEY, [...listed, ...found]);
  }
  return { saves: newestFirst([...listed, ...found]), setAside: setAsideCount, rebuilt };
}

/** Keeps a record under a name; the new list. */
export async function addSave(name: string, record: ModelRecord): Promise<SavedModelSummary[]> {
  const id = `${record.savedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const checked = checkedName(name);
  const summary = summaryOf(id, checked, record);
  // Weights first: a list entry never points at a model that is not there.
  await storage().set(recordKey(id), { ...record, name: checked });
  await storage().update<unknown>(INDEX_KEY, (list) => [...(Array.isArray(list) ? list : []), summary]);
  return listSaves();
}

/** A save's record in today's format; an unreadable one is set aside and the error says so. */
export async function readSave(id: string): Promise<ModelRecord> {
  const value = await storage().get<unknown>(recordKey(id));
  if (value === undefined) throw new Error('This save is missing from the browser’s storage.');
  try {
    return readModelRecord(value);
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    await setAside(recordKey(id), value, error.message);
    await storage().update<unknown>(INDEX_KEY, (list) => (Array.isArray(list) ? list.filter((s: SavedModelSummary) => s?.id !== id) : []));
    throw new Error(`This save is damaged in the browser’s storage (${error.message}); it was set aside`);
  }
}

/** Renames a save in the list and in its record (so that a rebuilt list keeps the name). */
export async function renameSave(id: string, name: string): Promise<SavedModelSummary[]> {
  const checked = checkedName(name);
  await storage().update<unknown>(INDEX_KEY, (list) => (Array.isArray(list) ? list.map((s: SavedModelSummary) => (s?.id === id ? { ...s, name: checked } : s)) : []));
  const record = await storage().get<unknown>(recordKey(id));
  if (typeof record === 'object' && record !== null) await storage().set(recordKey(id), { ...record, name: checked });
  return listSaves();
}

export async function deleteSave(id: string): Promise<SavedModelSummary[]> {
  await storage().update<unknown>(INDEX_KEY, (list) => (Array.isArray(list) ? list.filter((s: SavedModelSummary) => s?.id !== id) : []));
  await storage().del(recordKey(id));
  return listSaves();
}
