import type { EpochEvent, TrainerEvent } from '../protocol/trainer-events.ts';
import { useAppStore } from '../store/app-store.ts';
import { pageVersion } from './model-versions.ts';

const store = useAppStore.getState;

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

/** Hands an event from the worker to the store, in the worker's order, each epoch after it is kept. */
export function deliverEvent(received: TrainerEvent): void {
  const event = received.kind === 'model' ? { ...received, version: pageVersion(received.version) } : received;
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
