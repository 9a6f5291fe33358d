import { loadModel } from '../client/trainer-client.ts';
import { configProblems } from '../nn/config-limits.ts';
import { useAppStore } from '../store/app-store.ts';
import { stateToRestore } from './model-record.ts';
import { listSaves } from './saved-models.ts';
import { readSession } from './session.ts';
import { storageFailure } from './storage.ts';

/**
 * The model a first visit answers with: produced by the project's CLI (see README, "The ready model"),
 * in its binary form (float16, a seventh of ready.json's size: scripts/pack-ready-model.ts).
 */
export const READY_MODEL_URL = `${import.meta.env.BASE_URL}models/ready.bin`;

const store = useAppStore.getState;

async function fetchReadyModel(signal?: AbortSignal): Promise<Uint8Array> {
  const response = await fetch(READY_MODEL_URL, { signal });
  if (!response.ok) throw new Error(`the ready model could not be fetched (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches the shipped model (unless it is on its way already) and makes it the one in use. */
export async function loadReadyModel(file: Promise<Uint8Array> = fetchReadyModel()): Promise<void> {
  await loadModel(await file, ({ layers, config, metrics }) => ({ modelSource: { kind: 'ready', name: 'Ready model', layers, config, metrics } }));
}

/**
 * The first model of the visit: the one in use on the last visit, with its curves, if storage
 * holds it; else the ready model. The controls come back too, unless the link set them.
 */
export async function loadFirstModel(linkSetConfig: boolean): Promise<boolean> {
  // The download starts beside the storage lookup, not after it: on a first visit every millisecond
  // before the first answer counts. A restored model cancels it.
  const download = new AbortController();
  const readyText = fetchReadyModel(download.signal);
  readyText.catch(() => {});
  const record = await readSession().catch((error: unknown) => void store().setStorageProblem(storageFailure(error)));
  void listSaves().then(store().setSavedModels, () => {});
  if (record) {
    const config = !linkSetConfig && Object.keys(configProblems(record.config)).length === 0 ? { config: record.config } : {};
    const restored = await loadModel(record.model, () => ({ ...stateToRestore(record), ...config, restoredAt: record.savedAt })).catch(() => null);
    if (restored) {
      download.abort();
      return true;
    }
    // A damaged record is not worth a message: the ready model follows, and the next save replaces it.
  }
  try {
    await loadReadyModel(readyText);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store().setModelsMessage({ text: `The ready model could not be loaded (${reason}), so the network starts untrained.`, tone: 'error' });
    return false;
  }
}
