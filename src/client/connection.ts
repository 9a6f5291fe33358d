import { proxy, type Remote } from 'comlink';
import { messageOf } from '../errors/error-message.ts';
import { useAppStore } from '../store/app-store.ts';
import type { TrainerApi } from '../worker/trainer.worker.ts';
import { spawnTrainerWorker } from './early-worker.ts';
import { dropLostWorkersEvents, eventsOfNewWorker } from './event-delivery.ts';
import { continueVersionsFrom } from './model-versions.ts';
import { requestTimeoutMs } from './worker-recovery.ts';
import { createSupervisor, WorkerLostError } from './worker-supervisor.ts';

const store = useAppStore.getState;

// What to do when the worker is lost: set by trainer-client.ts, which knows how to start one.
let onLost: (reason: string) => void = () => {};
/** Says what to do when the worker is lost (it is replaced on the next call). */
export function whenWorkerLost(handle: (reason: string) => void): void {
  onLost = handle;
}

const supervisor = createSupervisor<TrainerApi>({
  spawn: spawnTrainerWorker,
  connect: (remote) => {
    continueVersionsFrom(store().modelVersion);
    void remote.connect(proxy(eventsOfNewWorker()));
    if (store().trainSpeed !== 'full') void remote.setSpeed(store().trainSpeed);
  },
  ping: (remote) => remote.ping(),
  holdLife: (remote, name) => remote.holdLifeLock(name),
  timeoutMs: requestTimeoutMs,
  onLost: (reason) => {
    dropLostWorkersEvents();
    onLost(reason);
  },
});

/**
 * The worker (created on first use, with the one long-lived progress callback attached; other
 * client modules call it through this). Every call is bounded: see worker-supervisor.ts.
 */
export const trainer = (): Remote<TrainerApi> => supervisor.remote();

/** A worker call that failed: its message is the page's error line. */
export const reportFailure = (error: unknown) => store().setError(messageOf(error));

/** Runs a worker request; a refusal lands in the store as a message rather than an exception. */
export async function request<T>(call: (api: Remote<TrainerApi>) => Promise<T>): Promise<T | undefined> {
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
