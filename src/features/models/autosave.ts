import { latestRequest } from '../../client/latest-request.ts';
import { exportModel } from '../../client/trainer-client.ts';
import { WorkerLostError } from '../../client/worker-supervisor.ts';
import { useAppStore, type AppState } from '../../store/app-store.ts';
import { modelConfig, modelMetrics, recordFrom } from './model-record.ts';
import { clearSession, writeSession } from './session.ts';
import { storageFailure } from './storage.ts';
import { isRunSettled } from '../../protocol/trainer-events.ts';

const store = useAppStore.getState;

/** No run is changing the weights, and there are weights worth keeping. */

/**
 * After each epoch, and whenever the model version changes with no run going on (a run ended, a
 * file or a save was loaded): the model in use changed for good. Not the ready model, nor the one
 * just restored from storage: those are kept already.
 */
function worthSaving(state: AppState, prev: AppState): boolean {
  if (state.run.status === 'diverged' || state.modelOrigin === 'untrained') return false;
  if (state.epochs.length > prev.epochs.length) return true;
  if (state.modelVersion === prev.modelVersion || !isRunSettled(state.run.status)) return false;
  const readyModel = state.modelOrigin === 'file' && state.modelSource?.kind === 'ready';
  return state.restoredAt === null && !readyModel;
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
    // The worker ended before it handed over its weights: storage is fine, and the recovery notice
    // already says the new worker starts from the model saved last.
    if (error instanceof WorkerLostError) return;
    store().setStorageProblem(storageFailure(error));
  }
}

/** Saves the model in use; saves asked for meanwhile merge into one more afterwards. */
const saveSession = latestRequest(
  () =>
    run(async () => {
      const model = await exportModel(modelConfig(store()), modelMetrics(store()));
      // The state as the answer lands, closest to the weights the worker copied.
      if (model) await writeSession(recordFrom(store(), model));
    }),
  () => {},
  () => {},
);

/** Keeps the model in use and its history in storage as they change, so a reload loses at most an epoch. */
export function startAutosave(): () => void {
  return useAppStore.subscribe((state, prev) => {
    if (worthSaving(state, prev)) saveSession();
    else if (worthForgetting(state, prev)) void run(clearSession);
  });
}
