import { useAppStore } from '../store/app-store.ts';
import { isRunLive } from '../protocol/trainer-events.ts';

const store = useAppStore.getState;

// Calls that may take long by nature (a download, a run's start with its helpers and pen-drawn
// digits, analysing the test set): the heartbeat still notices a worker that dies meanwhile.
const LONG_CALLS: Record<string, number> = { loadMnist: Infinity, train: 180_000, fineTune: 180_000, loadModel: 60_000, loadFirstModel: 60_000, analyseTestSet: 120_000 };
const DEFAULT_CALL_MS = 30_000;

/** How long a call to the training worker may take before the page asks whether the worker still lives. */
export const requestTimeoutMs = (method: string) => LONG_CALLS[method] ?? DEFAULT_CALL_MS;

/** What a new worker needs from the client: the last saved model, fresh weights, MNIST, the drawing's answer. */
export interface RecoverySteps {
  restoreModel(): Promise<boolean>;
  reset(): Promise<unknown>;
  loadMnist(): Promise<void>;
  repredict(): void;
}

// Past this many new workers in RETRY_WINDOW_MS, something is wrong beyond a crash: stop and say so.
const MAX_RESTARTS = 3;
const RETRY_WINDOW_MS = 120_000;
const restarts: number[] = [];

/**
 * A lost worker: the run ends where it was, a new worker (started by the first call) gets the
 * model saved after the last epoch (autosave keeps one per epoch) or the ready model, MNIST loads
 * again, and the person reads one sentence saying so. Train is enabled again once MNIST is in.
 */
export async function recoverWorker(reason: string, steps: RecoverySteps): Promise<void> {
  const now = Date.now();
  restarts.push(now);
  while (restarts[0] < now - RETRY_WINDOW_MS) restarts.shift();
  const { run, fineTune } = store();
  useAppStore.setState({
    run: isRunLive(run.status) ? { ...run, status: 'stopped', message: 'The run ended when the training worker stopped.' } : run,
    fineTune: fineTune.phase === 'running' ? { ...fineTune, phase: 'stopped' } : fineTune,
    load: { ...store().load, status: 'loading', phase: 'download', loaded: 0, error: null },
    predicting: false,
    error: null,
  });
  if (restarts.length > MAX_RESTARTS) {
    store().setWorkerNotice(`The training worker stopped ${restarts.length} times in two minutes (${reason}); reload the page to start again.`);
    useAppStore.setState({ load: { ...store().load, status: 'failed', error: 'the training worker keeps stopping' } });
    return;
  }
  const restored = await steps.restoreModel().catch(() => false);
  if (!restored) await steps.reset();
  const { epochs, model } = store();
  // The model came back from this visit's autosave, not from a last visit. Calls that were in flight
  // on the lost worker have all failed by now: their errors say nothing the notice does not.
  useAppStore.setState((s) => ({
    restoredAt: null,
    error: null,
    run: s.run.status === 'stopped' ? { ...s.run, message: 'The training worker stopped, so the run ended; Train starts a new one.' } : s.run,
  }));
  const what = restored && model.origin === 'trained' && epochs.length ? `the model saved after epoch ${epochs.length}` : restored ? 'the last saved model' : 'new untrained weights';
  store().setWorkerNotice(`The training worker ${reason}, so a new one took over with ${what}; Train is ready again once MNIST has loaded.`);
  steps.repredict();
  await steps.loadMnist();
}
