import { exportModel } from '../client/trainer-client.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { modelConfig, modelMetrics, recordFrom } from './model-record.ts';
import { clearSession, writeSession } from './session.ts';
import { storageFailure } from './storage.ts';

const store = useAppStore.getState;

const ENDED = new Set(['done', 'stopped']);

/** After each epoch, at the end of a run, and when a file or a save is loaded: the model in use changed for good. */
function worthSaving(state: AppState, prev: AppState): boolean {
  if (state.run.status === 'diverged') return false;
  if (state.epochs.length > prev.epochs.length) return true;
  if (state.run.status !== prev.run.status && ENDED.has(state.run.status) && state.restoredAt === null) return true;
  return state.modelSource !== prev.modelSource && state.modelOrigin === 'file' && state.restoredAt === null && state.modelSource?.kind !== 'ready';
}

/** The ready model or fresh weights: nothing to keep, and the next visit should start from the ready model. */
function worthForgetting(state: AppState, prev: AppState): boolean {
  const ready = state.modelOrigin === 'file' && state.modelSource?.kind === 'ready' && prev.modelSource?.kind !== 'ready';
  return ready || (state.modelOrigin === 'untrained' && prev.modelOrigin !== 'untrained');
}

async function run(task: () => Promise<void>): Promise<void> {
  try {
    await task();
    if (store().storageProblem) store().setStorageProblem(null);
  } catch (error) {
    store().setStorageProblem(storageFailure(error));
  }
}

let saving = false;
let again = false;

/** Saves the model in use; saves asked for meanwhile merge into one more afterwards. */
async function saveSession(): Promise<void> {
  if (saving) {
    again = true;
    return;
  }
  saving = true;
  try {
    do {
      again = false;
      await run(async () => {
        const model = await exportModel(modelConfig(store()), modelMetrics(store()));
        // The state as the answer lands, closest to the weights the worker copied.
        if (model) await writeSession(recordFrom(store(), model));
      });
    } while (again);
  } finally {
    saving = false;
  }
}

/** Keeps the model in use and its history in storage as they change, so a reload loses at most an epoch. */
export function startAutosave(): () => void {
  return useAppStore.subscribe((state, prev) => {
    if (worthSaving(state, prev)) void saveSession();
    else if (worthForgetting(state, prev)) void run(clearSession);
  });
}
