import { exportModel } from '../../client/model-files.ts';
import { keepEpochsWith } from '../../client/event-delivery.ts';
import { WorkerLostError } from '../../client/worker-supervisor.ts';
import { stateAfterEvent, useAppStore, type AppState } from '../../store/app-store.ts';
import { loadedFrom } from '../../store/model-identity.ts';
import { modelConfig, modelMetrics, recordFrom } from './model-record.ts';
import { clearSession, writeSession } from './session.ts';
import { storageFailure } from './storage.ts';
import { isRunSettled, type EpochEvent } from '../../protocol/trainer-events.ts';

const store = useAppStore.getState;

/**
 * Whenever the model version changes with no run going on (a run ended, a file or a save was
 * loaded): the model in use changed for good. Not the ready model, nor the one just restored from
 * storage: those are kept already. Finished epochs are kept before they are shown (keepEpoch).
 */
function worthSaving(state: AppState, prev: AppState): boolean {
  if (state.run.status === 'diverged' || state.model.origin === 'untrained') return false;
  if (state.modelVersion === prev.modelVersion || !isRunSettled(state.run.status)) return false;
  const readyModel = loadedFrom(state.model)?.kind === 'ready';
  return state.restoredAt === null && !readyModel;
}

/** The ready model or fresh weights: nothing to keep, and the next visit should start from the ready model. */
function worthForgetting(state: AppState, prev: AppState): boolean {
  const ready = loadedFrom(state.model)?.kind === 'ready' && loadedFrom(prev.model)?.kind !== 'ready';
  return ready || (state.model.origin === 'untrained' && prev.model.origin !== 'untrained');
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

/** Saves the model in use with the page's state as `stateOf` gives it (read as the weights arrive, closest to them). */
async function save(stateOf: () => AppState): Promise<void> {
  await run(async () => {
    const model = await exportModel(modelConfig(stateOf()), modelMetrics(stateOf()));
    if (model) await writeSession(recordFrom(stateOf(), model));
  });
}

// One save at a time, in the order asked: an older record never lands over a newer one.
let saving: Promise<void> = Promise.resolve();
let plainSaveWaiting = false;

/** Saves the model in use once the saves before it are done; several asked for meanwhile make one. */
function saveSession(): void {
  if (plainSaveWaiting) return;
  plainSaveWaiting = true;
  saving = saving.then(() => ((plainSaveWaiting = false), save(store)));
}

/**
 * Keeps the model with a finished epoch in its history, before the page shows that epoch; not once
 * the worker that finished it is lost (another worker's weights would be kept under its history).
 */
function keepEpoch(event: EpochEvent, stillCurrent: () => boolean): Promise<void> {
  if (store().run.status === 'diverged') return Promise.resolve();
  saving = saving.then(() => (stillCurrent() ? save(() => stateAfterEvent(store(), event)) : undefined));
  return saving;
}

/** Keeps the model in use and its history in storage as they change, so a reload loses no epoch the page showed. */
export function startAutosave(): () => void {
  keepEpochsWith(keepEpoch);
  return useAppStore.subscribe((state, prev) => {
    if (worthSaving(state, prev)) saveSession();
    else if (worthForgetting(state, prev)) void run(clearSession);
  });
}
