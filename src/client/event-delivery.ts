import type { EpochEvent, TrainerEvent } from '../protocol/trainer-events.ts';
import { useAppStore } from '../store/app-store.ts';
import { pageVersion } from './model-versions.ts';

const store = useAppStore.getState;

// An epoch is shown once it is kept (see keepEpochsWith), so a reload never loses an epoch that was
// on screen; the events after it wait behind it, so the store sees them in the worker's order.
let keepEpoch: (event: EpochEvent, stillCurrent: () => boolean) => Promise<void> = async () => {};
let epochsBeingKept = 0;
let delivered: Promise<void> = Promise.resolve();
/** The longest an epoch waits to be kept before it is shown anyway (storage that hangs must not hold up the page). */
const KEEP_EPOCH_MAX_MS = 3_000;

// Which worker's events are shown: a lost worker's events, still held or on their way, never are
// (the restored model and its history replace what it was doing).
let generation = 0;

/** Has each finished epoch kept (autosaved) by `keep` before the page shows it; `stillCurrent` says whether its worker still lives. */
export function keepEpochsWith(keep: (event: EpochEvent, stillCurrent: () => boolean) => Promise<void>): void {
  keepEpoch = keep;
}

/** The event handler of a new worker: from now on only its events are shown. */
export function eventsOfNewWorker(): (event: TrainerEvent) => void {
  const mine = ++generation;
  return (event) => deliverEvent(event, () => mine === generation);
}

/** The worker was lost: none of its events is shown any more. */
export function dropLostWorkersEvents(): void {
  generation++;
}

/** Hands an event from the worker to the store, in the worker's order, each epoch after it is kept. */
function deliverEvent(received: TrainerEvent, current: () => boolean): void {
  if (!current()) return;
  const event = received.kind === 'model' ? { ...received, version: pageVersion(received.version) } : received;
  const show = () => {
    if (current()) store().handleEvent(event);
  };
  if (event.kind !== 'epoch' && epochsBeingKept === 0) return show();
  if (event.kind === 'epoch') {
    epochsBeingKept++;
    const kept = Promise.race([keepEpoch(event, current).catch(() => {}), new Promise<void>((resolve) => setTimeout(resolve, KEEP_EPOCH_MAX_MS))]);
    delivered = delivered.then(() => kept).then(() => {
      epochsBeingKept--;
      show();
    });
    return;
  }
  delivered = delivered.then(show);
}
