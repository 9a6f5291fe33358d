import { proxy, type Remote } from 'comlink';
import { configProblems } from '../nn/config-limits.ts';
import type { ModelMetrics } from '../nn/serialize.ts';
import type { TrainConfig } from '../nn/types.ts';
import { selectModelVersion, useAppStore, type AppState } from '../store/app-store.ts';
import { subscribeThrottled } from '../store/use-throttled-selector.ts';
import type { LoadedModel } from '../worker/trainer.ts';
import type { EpochEvent, TrainerEvent } from '../protocol/trainer-events.ts';
import { isRunLive } from '../protocol/trainer-events.ts';
import type { TrainerApi } from '../worker/trainer.worker.ts';
import { messageOf } from '../errors/error-message.ts';
import { latestRequest } from './latest-request.ts';
import { recoverWorker, requestTimeoutMs } from './worker-recovery.ts';
import { createSupervisor, WorkerLostError } from './worker-supervisor.ts';

const store = useAppStore.getState;

const supervisor = createSupervisor<TrainerApi>({
  spawn: () => new Worker(new URL('../worker/trainer.worker.ts', import.meta.url), { type: 'module' }),
  connect: (remote) => {
    versionBase = store().modelVersion;
    void remote.connect(proxy(onWorkerEvent));
    if (store().trainSpeed !== 'full') void remote.setSpeed(store().trainSpeed);
  },
  ping: (remote) => remote.ping(),
  holdLife: (remote, name) => remote.holdLifeLock(name),
  timeoutMs: requestTimeoutMs,
  onLost: (reason) => void recoverWorker(reason, { restoreModel: () => restoreModel(), reset, loadMnist, repredict }),
});

/**
 * The worker (created on first use, with the one long-lived progress callback attached; other
 * client modules call it through this). Every call is bounded: see worker-supervisor.ts.
 */
export const trainer = (): Remote<TrainerApi> => supervisor.remote();

// A new worker numbers its models from 1 again: its numbers continue from the last one this page
// saw, so the store's versions only grow and no view takes a new model for one it already showed.
let versionBase = 0;

// An epoch is shown once it is kept (see keepEpochsWith), so a reload never loses an epoch that was
// on screen; the events after it wait behind it, so the store sees them in the worker's order.
let keepEpoch: (event: EpochEvent) => Promise<void> = async () => {};
let epochsBeingKept = 0;
let delivered: Promise<void> = Promise.resolve();
/** The longest an epoch waits to be kept before it is shown anyway (storage that hangs must not hold up the page). */
const KEEP_EPOCH_MAX_MS = 3_000;

/** Has each finished epoch kept (autosaved) by `keep` before the page shows it. */
export function keepEpochsWith(keep: (event: EpochEvent) => Promise<void>): void {
  keepEpoch = keep;
}

function onWorkerEvent(received: TrainerEvent): void {
  const event = received.kind === 'model' ? { ...received, version: versionBase + received.version } : received;
  if (event.kind !== 'epoch' && epochsBeingKept === 0) return store().handleEvent(event);
  if (event.kind === 'epoch') {
    epochsBeingKept++;
    const kept = Promise.race([keepEpoch(event).catch(() => {}), new Promise<void>((resolve) => setTimeout(resolve, KEEP_EPOCH_MAX_MS))]);
    delivered = delivered.then(() => kept).then(() => {
      epochsBeingKept--;
      store().handleEvent(event);
    });
    return;
  }
  delivered = delivered.then(() => store().handleEvent(event));
}

/** A worker call that failed: its message is the page's error line. */
export const reportFailure = (error: unknown) => store().setError(messageOf(error));

/** Runs a worker request; a refusal lands in the store as a message rather than an exception. */
async function request<T>(call: (api: Remote<TrainerApi>) => Promise<T>): Promise<T | undefined> {
  try {
    const result = await call(trainer());
    store().setError(null);
    return result;
  } catch (error) {
    // A lost worker is not the request's fault: the notice says what happened.
    if (error instanceof WorkerLostError) return undefined;
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
    if (!(error instanceof WorkerLostError)) store().setLoad({ status: 'failed', error: messageOf(error) });
  }
}

// What brings back the last saved model (the one the page started with): a new worker uses it too.
let restoreModel: () => Promise<boolean> = async () => false;

let markFirstModel: () => void = () => {};
/** Settles once the worker has its first model: drawings made before then wait for it. */
const firstModel = new Promise<void>((resolve) => (markFirstModel = resolve));
/** Settles once the worker has its first model: what waits behind the first answer (the sample digits' download) waits for this. */
export const firstModelReady = (): Promise<void> => firstModel;

/**
 * Starts the worker with a first model (the last visit's, or the ready one: see loadFirstModel;
 * untrained weights when there is none), then loads MNIST. The small model comes first, so a
 * drawing gets an answer while the training data downloads.
 */
export async function startTrainer(loadFirstModel: () => Promise<boolean> = async () => false): Promise<void> {
  restoreModel = loadFirstModel;
  trainer();
  repredictOnEachVersion();
  const loaded = await loadFirstModel().catch(() => false);
  if (!loaded) await request((api) => api.reset(store().config));
  markFirstModel();
  void loadMnist();
}

// Counts the person's requests that change the model in use (Train, Step, Reset, a loaded file),
// counted as they are made, before the worker answers: the visit's first model gives way to them.
let modelChoices = 0;
/** How many requests to change the model the person has made so far. */
export const modelChoicesMade = () => modelChoices;

/** Starts a run with the config being edited, if it is valid. */
export async function train(): Promise<void> {
  const { config } = store();
  const problems = Object.values(configProblems(config));
  if (problems.length) return store().setError(problems.join('; '));
  modelChoices++;
  await request((api) => api.train(config, store().workers));
  // A refused start (the pen-drawn digits could not be fetched, say) leaves no progress bar behind.
  if (store().error) useAppStore.setState({ drawnLoad: null });
}

/** Full speed, or Watch (one mini-batch at a time, a few a second): for the run in progress at once, and the next. */
export async function setTrainSpeed(speed: 'full' | 'watch'): Promise<void> {
  store().setTrainSpeed(speed);
  await request((api) => api.setSpeed(speed));
}

/** Trains exactly one mini-batch, then holds the run paused; with no run in progress, starts one (paused) with the config being edited. */
export async function stepOnce(): Promise<void> {
  const { config, run } = store();
  const live = isRunLive(run.status);
  const problems = live ? [] : Object.values(configProblems(config));
  if (problems.length) return store().setError(problems.join('; '));
  modelChoices++;
  await request((api) => api.stepOnce(config, store().workers));
}

export const pause = () => request((api) => api.pause());
export const resume = () => request((api) => api.resume());
/** Ends the run: the page shows it ending at once, before the worker (busy, or already gone) answers. */
export async function stop(): Promise<void> {
  store().markRunStopping();
  await request((api) => api.stop());
}
/** New untrained weights from the seed; the charts start over. */
export const reset = () => (modelChoices++, request((api) => api.reset(store().config)));

/** Sets the learning rate for the next run and, at once, for the one in progress. */
export async function setLearningRate(eta: number): Promise<void> {
  const { run, setConfig, setLiveLearningRate } = store();
  const live = isRunLive(run.status);
  if (!live || configProblems({ eta }).eta) return setConfig({ eta });
  setLiveLearningRate(eta);
  await request((api) => api.setLearningRate(eta));
}

/**
 * Replaces the network with a model file's (JSON text or binary) and lets `describe` say in the store where it
 * came from. Throws the fault of a faulty file, leaving the model and the store as they were.
 */
export async function loadModel(file: string | Uint8Array, describe: (loaded: LoadedModel) => Partial<AppState>, { personChose = true } = {}): Promise<LoadedModel> {
  if (personChose) modelChoices++;
  const loaded = await trainer().loadModel(file);
  store().modelLoaded({ ...describe(loaded), modelVersion: versionBase + loaded.version });
  return loaded;
}

/** The model in use as model-file JSON, recorded with the config and metrics given; null before there is one. */
export const exportModel = (config?: Partial<TrainConfig>, metrics?: ModelMetrics) => trainer().exportModel(config, metrics);

// The drawing on the pad, as the network reads it; null while the pad is empty.
let current: Float32Array | null = null;
/** The bars follow the weights at most this often. */
const REPREDICT_MS = 250;

const prediction = latestRequest(
  async (input: Float32Array) => {
    await firstModel;
    return trainer().predictWithKind(input);
  },
  ({ probabilities, outputs }, input) => {
    store().setPrediction({ input, probabilities: probabilities ? Array.from(probabilities) : null, outputs: outputs ?? undefined });
    store().setPredicting(false);
  },
  (error) => {
    if (!(error instanceof WorkerLostError)) store().setError(messageOf(error));
    store().setPredicting(false);
  },
);

/** Asks the network about a drawing (IMAGE_SIZE values in [0, 1]); null (an empty pad) clears the prediction. */
export function predictDrawing(input: Float32Array | null): void {
  current = input;
  // Pending until the answer for this very drawing lands; re-asking as the network learns is not.
  store().setPredicting(input !== null);
  if (input) return prediction(input);
  // A Clear wins over an answer on its way.
  prediction.cancel();
  store().setPrediction(null);
}

/** Asks again about the drawing whenever the model version changes, at most every REPREDICT_MS (it changes about 10 times a second while training). */
function repredictOnEachVersion(): void {
  subscribeThrottled(selectModelVersion, REPREDICT_MS, repredict);
}

/** Asks again about the current drawing, because the network changed (a new worker restored it, say). */
function repredict(): void {
  if (current) prediction(current);
}
