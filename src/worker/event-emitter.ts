import type { TrainerEvent } from '../protocol/trainer-events.ts';

/** The trainer's one listener, and the version number each change of the weights gets (see ModelEvent). */
export function createEmitter() {
  let listener: (event: TrainerEvent) => void = () => {};
  // The model's identity: progress and status changes mean new weights, so each is followed by a new version.
  let version = 0;
  return {
    /** Registers the one listener for progress, metrics, status and load events. */
    connect(onEvent: (event: TrainerEvent) => void): void {
      listener = onEvent;
    },
    emit(event: TrainerEvent): void {
      listener(event);
      if (event.kind === 'progress' || event.kind === 'status') listener({ kind: 'model', version: ++version });
    },
    /** A new version for weights that changed without an event (a loaded model): the page is told in the answer. */
    nextVersion: () => ++version,
  };
}
