import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../../store/app-store.ts';
import { migrate } from './migrate.ts';
import { MODEL_RECORD_VERSION, readModelRecord, recordFrom } from './model-record.ts';
import { addSave, listSaves, openSaves, readSave } from './saved-models.ts';
import { readSession, writeSession } from './session.ts';
import { ASIDE_PREFIX, setAside, setAsideNote } from './set-aside.ts';
import { memoryBackend } from './memory-backend.ts';
import { setStorageBackend, storage } from './storage.ts';

const trained = {
  ...initialState,
  model: { origin: 'trained' },
  run: { ...initialState.run, status: 'done', config: { ...initialState.config, layers: [784, 30, 10] }, seconds: 9 },
  epochs: [{ epoch: 1, validation: { correct: 9, total: 10, accuracy: 0.9, cost: 1 }, test: { correct: 9, total: 10, accuracy: 0.9, cost: 1 }, seconds: 1 }],
} as AppState;

/** A record as the app wrote it in format 2: where the model came from in two fields, a loaded model's source left behind after a run. */
const formatTwoRecord = (savedAt: number, origin: { modelOrigin: string; modelSource: object | null } = { modelOrigin: 'trained', modelSource: READY }) => {
  const { state, ...record } = recordFrom(trained, '{"model":1}', savedAt);
  const { model: _, ...rest } = state;
  return { ...record, version: 2, state: { ...rest, ...origin } };
};
const READY = { kind: 'ready', name: 'Ready model', layers: [784, 100, 10] };

/** A record exactly as the app wrote it before records had names (format 1). */
const formatOneRecord = (savedAt: number) => {
  const { name: _, ...record } = formatTwoRecord(savedAt);
  return { ...record, version: 1 };
};

const asideKeys = async () => (await storage().keys()).filter((k) => k.startsWith(ASIDE_PREFIX));

describe('storage that survives its own damage', () => {
  beforeEach(() => setStorageBackend(memoryBackend()));

  it('a record damaged twice under one key: both damaged copies are kept aside, neither overwrites the other', async () => {
    await storage().set('session', { first: true });
    await setAside('session', { first: true }, 'damaged once');
    await storage().set('session', { second: true });
    await setAside('session', { second: true }, 'damaged again');
    const kept = await Promise.all((await asideKeys()).map((key) => storage().get<{ reason: string }>(key)));
    expect(kept.map((record) => record?.reason).sort()).toEqual(['damaged again', 'damaged once']);
    expect(await storage().get('session')).toBeUndefined();
  });

  it('a malformed entry in the list of saves: set aside, the list rebuilt from the records, every good save listed', async () => {
    await addSave('kept one', recordFrom(trained, '{"a":1}', 1_000));
    await addSave('kept two', recordFrom(trained, '{"b":2}', 2_000));
    await storage().update<unknown[]>('saves', (list) => [...(list ?? []), { id: 42, name: null }]);
    const opened = await openSaves();
    expect(opened.saves.map((s) => s.name)).toEqual(['kept two', 'kept one']);
    expect(opened).toMatchObject({ setAside: 0, rebuilt: true });
    expect(await asideKeys()).toHaveLength(1);
    expect((await openSaves()).rebuilt).toBe(false);
  });

  it('a list that is not a list at all: rebuilt from the records, with their names', async () => {
    await addSave('first', recordFrom(trained, '{"a":1}', 1_000));
    await storage().set('saves', 'garbage');
    expect(await listSaves()).toEqual([]);
    const opened = await openSaves();
    expect(opened.saves.map((s) => s.name)).toEqual(['first']);
    expect(opened.rebuilt).toBe(true);
    expect((await readSave(opened.saves[0].id)).model).toBe('{"a":1}');
  });

  it('a record with wrong types: set aside (not deleted) and counted, the others load', async () => {
    await addSave('good', recordFrom(trained, '{"a":1}', 1_000));
    await storage().set('save:broken', { version: MODEL_RECORD_VERSION, name: 'bad', model: 7, savedAt: 'yesterday', state: null });
    const opened = await openSaves();
    expect(opened.saves.map((s) => s.name)).toEqual(['good']);
    expect(opened.setAside).toBe(1);
    const [key] = await asideKeys();
    expect(await storage().get(key)).toMatchObject({ key: 'save:broken', value: { model: 7 } });
    expect(await storage().get('save:broken')).toBeUndefined();
    expect(setAsideNote(opened.setAside, 'saved model', 'saved models')).toMatch(/^1 saved model could not be read and was set aside/);
  });

  it('a record the list names but storage no longer holds: dropped from the list', async () => {
    const [summary] = await addSave('gone', recordFrom(trained, '{"a":1}', 1_000));
    await addSave('here', recordFrom(trained, '{"b":1}', 2_000));
    await storage().del(`save:${summary.id}`);
    const opened = await openSaves();
    expect(opened.saves.map((s) => s.name)).toEqual(['here']);
    expect(opened.rebuilt).toBe(true);
  });

  it('a record loaded from the list that turns out damaged: set aside, taken off the list, the message says so', async () => {
    const [summary] = await addSave('soon broken', recordFrom(trained, '{"a":1}', 1_000));
    await storage().set(`save:${summary.id}`, { version: MODEL_RECORD_VERSION, model: null });
    await expect(readSave(summary.id)).rejects.toThrow(/damaged .* set aside/);
    expect(await listSaves()).toEqual([]);
    expect(await asideKeys()).toHaveLength(1);
  });

  it('a damaged session: set aside and reported, not dropped without a word', async () => {
    await storage().set('session', { version: MODEL_RECORD_VERSION, model: ['x'.repeat(10)] });
    const reasons: string[] = [];
    expect(await readSession((r) => reasons.push(r))).toBeUndefined();
    expect(reasons).toHaveLength(1);
    expect(await storage().get('session')).toBeUndefined();
    expect(await asideKeys()).toHaveLength(1);
  });

  it('a record from a newer app is set aside with a reason that says so', async () => {
    await writeSession({ ...recordFrom(trained, '{}'), version: 99 as typeof MODEL_RECORD_VERSION });
    const reasons: string[] = [];
    await readSession((r) => reasons.push(r));
    expect(reasons[0]).toMatch(/newer version of the app/);
  });
});

describe('record migrations, starting from records written in today’s format', () => {
  beforeEach(() => setStorageBackend(memoryBackend()));

  it('model records 1 → 3: the record gains a name (null) and one model identity, everything else unchanged', () => {
    const old = formatOneRecord(5_000);
    const record = readModelRecord(old);
    expect(record).toEqual(recordFrom(trained, '{"model":1}', 5_000));
    expect(record.version).toBe(MODEL_RECORD_VERSION);
  });

  it('model records 2 → 3: a loaded model keeps its source; a source left behind by a later run is dropped', () => {
    const loaded = readModelRecord(formatTwoRecord(1, { modelOrigin: 'file', modelSource: READY }));
    expect(loaded.state.model).toEqual({ origin: 'file', source: READY });
    expect(readModelRecord(formatTwoRecord(1)).state.model).toEqual({ origin: 'trained' });
    expect(readModelRecord(formatTwoRecord(1, { modelOrigin: 'untrained', modelSource: null })).state.model).toEqual({ origin: 'untrained' });
  });

  it('a list and format-1 records: the saves load with their names; a rebuilt list names them by date', async () => {
    await storage().set('save:a', formatOneRecord(1_000));
    await storage().set('saves', [{ id: 'a', name: 'from the old app', savedAt: 1_000, layers: [784, 30, 10] }]);
    await storage().set('save:b', formatOneRecord(Date.UTC(2026, 0, 2, 3, 4)));
    const opened = await openSaves();
    expect(opened.saves.map((s) => s.name)).toEqual(['Recovered model of 2026-01-02 03:04', 'from the old app']);
    expect((await readSave('a')).version).toBe(MODEL_RECORD_VERSION);
  });

  it('a session in format 1 comes back', async () => {
    await storage().set('session', formatOneRecord(7));
    expect((await readSession())?.savedAt).toBe(7);
  });

  it('refuses a gap, a non-object and a bad version', () => {
    expect(() => migrate({ version: 1 }, 3, [{ from: 1, up: (r) => r }])).toThrow(/no way to upgrade a record of format 2/);
    expect(() => migrate('text', 1, [])).toThrow(/not a record/);
    expect(() => migrate({ version: 'one' }, 1, [])).toThrow(/not a whole number/);
  });
});
