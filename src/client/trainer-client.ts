import { proxy, wrap, type Remote } from 'comlink';
import { configProblems } from '../nn/config-limits.ts';
import type { ModelMetrics } from '../nn/serialize.ts';
import type { TrainConfig } from '../nn/types.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import type { LoadedModel } from '../worker/trainer.ts';
import type { TrainerEvent } from '../worker/events.ts';
import type { TrainerApi } from '../worker/trainer.worker.ts';

let remote: Remote<TrainerApi> | null = null;

const store = useAppStore.getState;

/** The worker, created on first use, with the one long-lived progress callback attached (other client modules call it through this). */
export function trainer(): Remote<TrainerApi> {
  if (remote) return remote;
  const worker = new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('error', (event) => store().setError(`The training worker failed: ${event.message || 'unknown error'}`));
  remote = wrap<TrainerApi>(worker);
  void remote.connect(proxy(onWorkerEvent));
  return remote;
}

function onWorkerEvent(event: TrainerEvent): void {
  store().handleEvent(event);
  // The network changed: let the bars of the current drawing follow it as it learns.
  if (event.kind === 'epoch' || event.kind === 'status') repredict();
  else if (event.kind === 'progress' && performance.now() - lastRepredict > REPREDICT_MS) repredict();
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs a worker request; a refusal lands in the store as a message rather than an exception. */
async function request<T>(call: (api: Remote<TrainerApi>) => Promise<T>): Promise<T | undefined> {
  try {
    const result = await call(trainer());
    store().setError(null);
    return result;
  } catch (error) {
    store().setError(messageOf(error));
    return undefined;
  }
}

/** Downloads MNIST in the worker; a failure is kept with its message for the Retry button. */
export async function loadMnist(): Promise<void> {
  store().setLoad({ status: 'loading', error: null });
  try {
    await trainer().loadMnist();
    store().setLoad({ status: 'ready' });
  } catch (error) {
    store().setLoad({ status: 'failed', error: messageOf(error) });
  }
}

let markFirstModel: () => void = () => {};
/** Settles once the worker has its first model: drawings made before then wait for it. */
const firstModel = new Promise<void>((resolve) => (markFirstModel = resolve));

/**
 * Starts the worker with a first model (the last visit's, or the ready one: see loadFirstModel;
 * untrained weights when there is none), then loads MNIST. The small model comes first, so a
 * drawing gets an answer while the training data downloads.
 */
export async function startTrainer(loadFirstModel: () => Promise<boolean> = async () => false): Promise<void> {
  trainer();
  const loaded = await loadFirstModel().catch(() => false);
  if (!loaded) await request((api) => api.reset(store().config));
  markFirstModel();
  void loadMnist();
}

/** Starts a run with the config being edited, if it is valid. */
export async function train(): Promise<void> {
  const { config } = store();
  const problems = Object.values(configProblems(config));
  if (problems.length) return store().setError(problems.join('; '));
  await request((api) => api.train(config, store().workers));
}

export const pause = () => request((api) => api.pause());
export const resume = () => request((api) => api.resume());
export const stop = () => request((api) => api.stop());
/** New untrained weights from the seed; the charts start over. */
export const reset = () => request((api) => api.reset(store().config));

/** Sets the learning rate for the next run and, at once, for the one in progress. */
export async function setLearningRate(eta: number): Promise<void> {
  const { run, setConfig, setLiveLearningRate } = store();
  const live = run.status === 'training' || run.status === 'paused';
  if (!live || configProblems({ eta }).eta) return setConfig({ eta });
  setLiveLearningRate(eta);
  await request((api) => api.setLearningRate(eta));
}

/**
 * Replaces the network with a model file's (JSON text or binary) and lets `describe` say in the store where it
 * came from. Throws the fault of a faulty file, leaving the model and the store as they were.
 */
export async function loadModel(file: string | Uint8Array, describe: (loaded: LoadedModel) => Partial<AppState>): Promise<LoadedModel> {
  const loaded = await trainer().loadModel(file);
  store().modelLoaded(describe(loaded));
  repredict();
  return loaded;
}

/** The model in use as model-file JSON, recorded with the config and metrics given; null before there is one. */
export const exportModel = (config?: Partial<TrainConfig>, metrics?: ModelMetrics) => trainer().exportModel(config, metrics);

// Predictions: at most one request in flight; the newest drawing goes next, older ones are skipped.
let current: Float32Array | null = null;
let dirty = false;
let inFlight = false;
let lastRepredict = 0;
const REPREDICT_MS = 250;

async function pump(): Promise<void> {
  if (inFlight) return;
  inFlight = true;
  try {
    await firstModel;
    while (dirty && current) {
      dirty = false;
      const input = current;
      const probabilities = await trainer().predict(input);
      // A Clear while the answer was on its way wins.
      if (current) store().setPrediction({ input, probabilities: probabilities ? Array.from(probabilities) : null });
      if (input === current) store().setPredicting(false);
    }
  } catch (error) {
    store().setError(messageOf(error));
    store().setPredicting(false);
  } finally {
    inFlight = false;
  }
}

/** Asks the network about a drawing (784 values in [0, 1]); null (an empty pad) clears the prediction. */
export function predictDrawing(input: Float32Array | null): void {
  current = input;
  dirty = input !== null;
  // Pending until the answer for this very drawing lands; re-asking as the network learns is not.
  store().setPredicting(input !== null);
  if (input) void pump();
  else store().setPrediction(null);
}

/** Asks again about the current drawing, because the network changed. */
function repredict(): void {
  lastRepredict = performance.now();
  if (!current) return;
  dirty = true;
  void pump();
}
