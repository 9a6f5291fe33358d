import { configProblems } from '../nn/config-limits.ts';
import { isRunLive } from '../protocol/trainer-events.ts';
import { useAppStore } from '../store/app-store.ts';
import { request } from './connection.ts';

const store = useAppStore.getState;

/** Starts a run with the config being edited, if it is valid. */
export async function train(): Promise<void> {
  const { config } = store();
  const problems = Object.values(configProblems(config));
  if (problems.length) return store().setError(problems.join('; '));
  // A new attempt: the last one's message (a download that failed, say) would otherwise stay on
  // screen while this one downloads and renders the pen-drawn digits.
  store().setError(null);
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
  await request((api) => api.stepOnce(config, store().workers));
}

export const pause = () => request((api) => api.pause());
export const resume = () => request((api) => api.resume());
/** Ends the run: the page shows it ending at once, before the worker (busy, or already gone) answers. */
export async function stop(): Promise<void> {
  store().markRunStopping(true);
  await request((api) => api.stop());
  // A refusal (not a lost worker, whose recovery ends the run) shows its message and lets Stop be pressed again.
  if (store().error) store().markRunStopping(false);
}
/** New untrained weights from the seed; the charts start over. */
export const reset = () => request((api) => api.reset(store().config));

/** Sets the learning rate for the next run and, at once, for the one in progress. */
export async function setLearningRate(eta: number): Promise<void> {
  // The run's config stays the one it started with; its progress reports the rate its steps take.
  store().setConfig({ eta });
  if (!isRunLive(store().run.status) || configProblems({ eta }).eta) return;
  await request((api) => api.setLearningRate(eta));
}
