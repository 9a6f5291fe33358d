import type { AppState } from '../../store/app-store.ts';

/** At most one epoch announcement this often: a fast run finishes epochs faster than a sentence is read. */
export const EPOCH_ANNOUNCE_EVERY_MS = 8000;

const percent = (accuracy: number) => `${(accuracy * 100).toFixed(1)}%`;

/**
 * What changed between two store states that a screen-reader user should hear, or null.
 * `sinceEpochNews` is how long ago the last epoch was announced. Pure: tested in Node.
 */
export function announcementFor(state: AppState, previous: AppState, sinceEpochNews: number): { text: string; epoch: boolean } | null {
  if (state.load.status === 'ready' && previous.load.status !== 'ready') return { text: 'MNIST is loaded: you can train the network.', epoch: false };
  const status = state.run.status;
  // A failed load and a run that blew up are role="alert" where they show: said at once, not here.
  if (status !== previous.run.status && (status === 'done' || status === 'stopped')) {
    const last = state.epochs.at(-1);
    const result = last ? ` after ${last.epoch} epoch${last.epoch === 1 ? '' : 's'}: test accuracy ${percent(last.test.accuracy)}` : '';
    return { text: `Training ${status === 'done' ? 'finished' : 'stopped'}${result}.`, epoch: false };
  }
  if (status === 'training' && previous.run.status !== 'training' && previous.run.status !== 'paused') return { text: 'Training started.', epoch: false };
  const epoch = state.epochs.at(-1);
  if (status === 'training' && epoch && epoch !== previous.epochs.at(-1) && sinceEpochNews >= EPOCH_ANNOUNCE_EVERY_MS) {
    const of = state.run.config ? ` of ${state.run.config.epochs}` : '';
    return { text: `Epoch ${epoch.epoch}${of}: test accuracy ${percent(epoch.test.accuracy)}.`, epoch: true };
  }
  return null;
}
