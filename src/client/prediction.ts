import { messageOf } from '../errors/error-message.ts';
import { selectModelVersion, useAppStore } from '../store/app-store.ts';
import { subscribeThrottled } from '../store/use-throttled-selector.ts';
import { trainer } from './connection.ts';
import { latestRequest } from './latest-request.ts';
import { WorkerLostError } from './worker-supervisor.ts';

const store = useAppStore.getState;

let markFirstModel: () => void = () => {};
/** Settles once the worker has its first model: drawings made before then wait for it. */
const firstModel = new Promise<void>((resolve) => (markFirstModel = resolve));
/** The worker has its first model: the drawings waiting for it are answered. */
export const firstModelIn = () => markFirstModel();
/** Settles once the worker has its first model: what waits behind the first answer (the sample digits' download) waits for this. */
export const firstModelReady = (): Promise<void> => firstModel;

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
export function repredictOnEachVersion(): void {
  subscribeThrottled(selectModelVersion, REPREDICT_MS, repredict);
}

/** Asks again about the current drawing, because the network changed (a new worker restored it, say). */
export function repredict(): void {
  if (current) prediction(current);
}
