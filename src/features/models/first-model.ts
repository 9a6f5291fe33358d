import { loadModel, settleFirstModel, type LoadedModelState } from '../../client/model-files.ts';
import { trainer } from '../../client/connection.ts';
import type { LoadedModel } from '../../worker/trainer.ts';
import { configProblems } from '../../nn/config-limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { firstRenderShown, nextTask } from '../../store/first-render.ts';
import { downloadModelFile } from '../../mnist/download-model-file.ts';
import { stateToRestore } from './model-record.ts';
import { openSaves } from './saved-models.ts';
import { readSession, setSessionAside } from './session.ts';
import { setAsideNote } from './set-aside.ts';
import { storageFailure } from './storage.ts';
import { messageOf } from '../../errors/error-message.ts';

/**
 * The model a first visit answers with: produced by the project's CLI (see README, "The ready model"),
 * in its binary form (float16, a seventh of ready.json's size: scripts/pack-ready-model.ts).
 */
export const READY_MODEL_URL = `${import.meta.env.BASE_URL}models/ready.bin`;

/**
 * The ready model is convolutional; this one, the ready model before it ([784, 100, 10], trained the
 * same way), is offered for the views made for fully connected networks: single neurons, their
 * weights as images, the "Why" heat map and the guided path.
 */
export const DENSE_READY_MODEL_URL = `${import.meta.env.BASE_URL}models/ready-dense.bin`;
export const DENSE_READY_MODEL_NAME = 'the fully connected ready model';

const store = useAppStore.getState;

const fetchReadyModel = (signal?: AbortSignal) => downloadModelFile(READY_MODEL_URL, signal);

const SESSION_NOTE = 'The model in use on your last visit could not be read and was set aside.';

/** Reads the list of saves, repairing it from the records if it is damaged, and says what was set aside. */
async function openSavedModels(): Promise<void> {
  try {
    const opened = await openSaves();
    await firstRenderShown();
    store().setSavedModels(opened.saves);
    if (opened.setAside) store().noteSetAside(setAsideNote(opened.setAside, 'saved model', 'saved models'));
    if (opened.rebuilt) store().noteSetAside('The list of saved models was damaged and was rebuilt from the models themselves.');
  } catch (error) {
    store().setStorageProblem(storageFailure(error));
  }
}

/** How the store knows a model the app ships: its kind and name, and what the file says of it. */
const describeShipped =
  (kind: 'ready' | 'ready-dense', name: string) =>
  ({ layers, model, config, metrics }: LoadedModel): LoadedModelState => ({ model: { origin: 'file', source: { kind, name, layers, model, config, metrics } } });
const describeReady = describeShipped('ready', 'Ready model');

/** Fetches the shipped model and makes it the one in use. */
export async function loadReadyModel(): Promise<void> {
  await loadModel(await fetchReadyModel(), describeReady);
}

/** Makes the fully connected ready model the one in use. Unlike the ready model it is kept for the next visit, as a choice the person made. */
export async function loadDenseReadyModel() {
  const file = await downloadModelFile(DENSE_READY_MODEL_URL);
  return loadModel(file, describeShipped('ready-dense', DENSE_READY_MODEL_NAME));
}

/**
 * The first model of the visit: the one in use on the last visit, with its curves, if storage
 * holds it; else the ready model. The controls come back too, unless the link set them.
 */
export async function loadFirstModel(linkSetConfig: boolean): Promise<boolean> {
  // The ready model downloads beside the storage lookup, not after it, and is put in use the moment it
  // is here: on a first visit every millisecond before the first answer counts. The page fetches it,
  // as soon as its code runs (on slow 4G 0.12 s sooner than the worker could, once its own script is
  // in). The last visit's model, if storage holds one, replaces it or keeps it out; only without one
  // does the store hear of the ready model.
  const download = new AbortController();
  const ready = fetchReadyModel(download.signal).then((bytes) => trainer().offerReadyModel(bytes));
  ready.catch(() => {});
  await nextTask();
  const record = await readSession(() => store().noteSetAside(SESSION_NOTE)).catch((error: unknown) => void store().setStorageProblem(storageFailure(error)));
  void openSavedModels();
  if (record) {
    const config = !linkSetConfig && Object.keys(configProblems(record.config)).length === 0 ? { config: record.config } : {};
    // Restored, or given way to a model the person asked for meanwhile: either way the ready model is not needed.
    const done = await loadModel(record.model, () => ({ model: record.state.model, patch: { ...stateToRestore(record), ...config, restoredAt: record.savedAt } }), { first: true }).then(
      () => true,
      async (error: unknown) => {
        // The worker refused the model with the checks of an imported file: keep it aside, say so, go on with the ready model.
        if ((error as Error | undefined)?.name !== 'ModelFormatError') return false;
        await setSessionAside(messageOf(error)).catch(() => {});
        store().noteSetAside(SESSION_NOTE);
        return false;
      },
    );
    if (done) {
      download.abort();
      return true;
    }
  }
  try {
    // Should the person reset, train or import a model while the ready one downloads, theirs stays (the worker sees to it).
    await settleFirstModel(await ready, describeReady);
    return true;
  } catch (error) {
    const reason = messageOf(error);
    store().setModelsMessage({ text: `The ready model could not be loaded (${reason}), so the network starts untrained.`, tone: 'error' });
    return false;
  }
}
