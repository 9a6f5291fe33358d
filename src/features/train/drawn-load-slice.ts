import type { DrawnEvent } from '../../protocol/trainer-events.ts';

/** The pen-drawn digits a run trains on, while they load: Train's progress line, set from the worker's 'drawn' events. */
export const drawnLoadInitialState = {
  /** The pen-drawn digits a run asked for, while they download and render; null otherwise. */
  drawnLoad: null as Omit<DrawnEvent, 'kind'> | null,
};

/** The drawn-digits progress a 'drawn' event gives: cleared once all are rendered. */
export const drawnLoadAfter = (event: DrawnEvent): (typeof drawnLoadInitialState)['drawnLoad'] =>
  event.phase === 'render' && event.done >= event.total ? null : { phase: event.phase, done: event.done, total: event.total };
