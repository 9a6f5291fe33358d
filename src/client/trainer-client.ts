import { messageOf } from '../errors/error-message.ts';
import { useAppStore } from '../store/app-store.ts';
import { pageSettled } from '../store/first-render.ts';
import { request, trainer, whenWorkerLost } from './connection.ts';
import { firstModelIn, repredict, repredictOnEachVersion } from './prediction.ts';
import { followPenActivity, penResting } from './pen-rest.ts';
import { reset } from './run-controls.ts';
import { recoverWorker } from './worker-recovery.ts';
import { WorkerLostError } from './worker-supervisor.ts';

const store = useAppStore.getState;

// What brings back the last saved model (the one the page started with): a new worker uses it too.
let restoreModel: () => Promise<boolean> = async () => false;

whenWorkerLost((reason) => void recoverWorker(reason, { restoreModel: () => restoreModel(), reset, loadMnist, repredict }));

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

/**
 * Starts the worker with a first model (the last visit's, or the ready one: see loadFirstModel;
 * untrained weights when there is none), then loads MNIST once the page has settled and the pen
 * rests. The small model comes first, so a drawing gets an answer while the training data downloads.
 */
export async function startTrainer(loadFirstModel: () => Promise<boolean> = async () => false): Promise<void> {
  restoreModel = loadFirstModel;
  followPenActivity();
  trainer();
  repredictOnEachVersion();
  const loaded = await loadFirstModel().catch(() => false);
  if (!loaded) await request((api) => api.reset(store().config));
  firstModelIn();
  await pageSettled();
  await penResting();
  void loadMnist();
}
