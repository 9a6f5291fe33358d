import { beforeEach, describe, expect, it } from 'vitest';
import { initialState, type AppState } from '../../store/app-store.ts';
import { recordFrom, stateToRestore } from './model-record.ts';
import { addSave, deleteSave, listSaves, readSave, renameSave } from './saved-models.ts';
import { readSession, writeSession } from './session.ts';
import { memoryBackend } from './memory-backend.ts';
import { setStorageBackend, storageFailure } from './storage.ts';

const epoch = (n: number, accuracy: number) => ({ epoch: n, validation: { correct: 0, total: 1, accuracy, cost: 1 }, test: { correct: 0, total: 1, accuracy, cost: 1 }, seconds: n });
const trained = {
  ...initialState,
  model: { origin: 'trained' },
  run: { ...initialState.run, status: 'training', config: { ...initialState.config, layers: [784, 40, 10] }, seconds: 9 },
  epochs: [epoch(1, 0.91), epoch(2, 0.94)],
  costHistory: [{ epoch: 0.5, cost: 0.3, examples: 100 }],
} as AppState;

describe('named saves and the session', () => {
  beforeEach(() => setStorageBackend(memoryBackend()));

  it('saves, lists with layers, settings, best accuracy and date, renames, loads and deletes', async () => {
    const record = recordFrom(trained, '{"model":1}', 1_000);
    const [summary] = await addSave('  first   try ', record);
    expect(summary).toMatchObject({ name: 'first try', savedAt: 1_000, layers: [784, 40, 10], bestTestAccuracy: 0.94, epochs: 2 });
    expect(summary.config?.eta).toBe(initialState.config.eta);
    await addSave('second', recordFrom(trained, '{"model":2}', 2_000));
    expect((await listSaves()).map((s) => s.name)).toEqual(['second', 'first try']);
    expect((await renameSave(summary.id, 'better name')).map((s) => s.name)).toEqual(['second', 'better name']);
    expect((await readSave(summary.id)).model).toBe('{"model":1}');
    expect((await deleteSave(summary.id)).map((s) => s.name)).toEqual(['second']);
    await expect(readSave(summary.id)).rejects.toThrow(/missing/);
  });

  it('refuses an empty or overlong name', async () => {
    await expect(addSave('   ', recordFrom(trained, '{}'))).rejects.toThrow('Give the model a name.');
    await expect(addSave('x'.repeat(81), recordFrom(trained, '{}'))).rejects.toThrow(/at most 80/);
  });

  it('brings a session back; a run the reload cut short shows as stopped', async () => {
    await writeSession(recordFrom(trained, '{"m":1}', 5));
    const record = (await readSession())!;
    const restored = stateToRestore(record);
    expect(restored.run).toMatchObject({ status: 'stopped', seconds: 9, message: expect.stringMatching(/reload of the page interrupted it/) });
    expect(restored.costHistory).toEqual(trained.costHistory);
  });

  it('ignores a damaged session', async () => {
    const backend = memoryBackend();
    setStorageBackend(backend);
    await backend.set('session', { version: 1, model: 42 });
    expect(await readSession()).toBeUndefined();
  });

  it('says why storing failed', () => {
    expect(storageFailure(new DOMException('quota', 'QuotaExceededError'))).toMatch(/full/);
    expect(storageFailure(new Error('this browser offers no IndexedDB'))).toMatch(/does not let the page store data/);
    expect(storageFailure(new Error('boom'))).toMatch(/could not be stored \(boom\)/);
  });
});
