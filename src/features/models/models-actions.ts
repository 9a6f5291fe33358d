import { exportModel, loadModel } from '../../client/model-files.ts';
import { WorkerLostError } from '../../client/worker-supervisor.ts';
import { useAppStore } from '../../store/app-store.ts';
import { loadReadyModel } from './first-model.ts';
import { bestTestAccuracy, modelConfig, modelMetrics, recordFrom, stateToRestore, testAccuracyInUse } from './model-record.ts';
import { modelFileName, readModelFile, type FileLike } from './model-file.ts';
import { addSave, checkedName, deleteSave, readSave, renameSave } from './saved-models.ts';
import { storageFailure } from './storage.ts';
import { messageOf } from '../../errors/error-message.ts';
import { downloadJson } from '../../ui/download-json.ts';
import { formatNetwork } from '../../ui/format.ts';

const store = useAppStore.getState;
const say = (text: string) => store().setModelsMessage({ text, tone: 'ok' });
const refuse = (text: string) => store().setModelsMessage({ text, tone: 'error' });

/** Runs a storage step; a failure becomes the storage notice and a message. */
async function withStorage(what: string, task: () => Promise<void>): Promise<boolean> {
  try {
    await task();
    return true;
  } catch (error) {
    // Storage is fine when the worker ended mid-step; the recovery notice says what happens next.
    if (error instanceof WorkerLostError) {
      refuse(`${what} failed: the training worker stopped before it answered. Try again in a moment.`);
      return false;
    }
    const problem = storageFailure(error);
    store().setStorageProblem(problem);
    refuse(`${what} failed. ${problem}`);
    return false;
  }
}

async function currentModelJson(): Promise<string> {
  const model = await exportModel(modelConfig(store()), modelMetrics(store()));
  if (!model) throw new Error('there is no model yet');
  return model;
}

/** Keeps the model in use, its curves and settings under a name. */
export async function saveCurrentAs(name: string): Promise<boolean> {
  let checked: string;
  try {
    checked = checkedName(name);
  } catch (error) {
    refuse(messageOf(error));
    return false;
  }
  return withStorage('Saving', async () => {
    const record = recordFrom(store(), await currentModelJson());
    store().setSavedModels(await addSave(checked, record));
    say(`Saved “${checked}”.`);
  });
}

/** Makes a save the model in use, with the curves and run it was saved with. */
export async function loadSave(id: string, name: string): Promise<void> {
  try {
    const record = await readSave(id);
    await loadModel(record.model, ({ layers, model, config, metrics }) => ({
      model: { origin: 'file', source: { kind: 'saved', name, layers, model, config, metrics } },
      patch: stateToRestore(record),
    }));
    say(`Loaded “${name}”.`);
  } catch (error) {
    refuse(`“${name}” could not be loaded: ${messageOf(error)}. The model in use is unchanged.`);
  }
}

export const renameModel = (id: string, name: string) =>
  withStorage('Renaming', async () => {
    const checked = checkedName(name);
    store().setSavedModels(await renameSave(id, checked));
    say(`Renamed to “${checked}”.`);
  }).catch(() => false);

export const deleteModel = (id: string, name: string) =>
  withStorage('Deleting', async () => {
    store().setSavedModels(await deleteSave(id));
    say(`Deleted “${name}”.`);
  });

/** Downloads the model in use as a versioned JSON file with its config and metrics. */
export async function exportModelFile(): Promise<void> {
  try {
    const json = await currentModelJson();
    // A dense file (version 1) lists its layer sizes, a convolutional one (version 2) its description.
    const { layers, model } = JSON.parse(json) as { layers?: number[]; model?: string };
    // Named after the accuracy of the weights the file holds, the figure the models card shows.
    const name = modelFileName(model ?? layers ?? [], testAccuracyInUse(store()) ?? bestTestAccuracy(store()));
    downloadJson(json, name);
    say(`Exported ${name}.`);
  } catch (error) {
    refuse(`The model could not be exported: ${messageOf(error)}.`);
  }
}

/** Checks a chosen file in full, then makes it the model in use; on any fault, says which and changes nothing. */
export async function importModelFile(file: FileLike): Promise<void> {
  try {
    const json = await readModelFile(file);
    const loaded = await loadModel(json, ({ layers, model, config, metrics }) => ({ model: { origin: 'file', source: { kind: 'import', name: file.name, layers, model, config, metrics } } }));
    say(`Loaded “${file.name}”: a ${formatNetwork(loaded)} network.`);
  } catch (error) {
    refuse(`“${file.name}” was not loaded: ${messageOf(error)}. The model in use is unchanged.`);
  }
}

export async function switchToReadyModel(): Promise<void> {
  try {
    await loadReadyModel();
    say('The ready model answers again.');
  } catch (error) {
    refuse(`The ready model could not be loaded: ${messageOf(error)}.`);
  }
}
