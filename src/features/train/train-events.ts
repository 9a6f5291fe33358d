import type { TrainerEvent } from '../../protocol/trainer-events.ts';
import { UNTRAINED } from '../../store/model-identity.ts';
import { appendCostPoint } from './cost-history.ts';
import { drawnLoadAfter, type drawnLoadInitialState } from './drawn-load-slice.ts';
import type { RunState, trainInitialState } from './train-slice.ts';
import { batchCostsAfter, type trainSpeedInitialState } from './train-speed-slice.ts';

/** What the worker's events change: the training slice, the drawn digits' loading, the mini-batch costs, and when a restored model was saved. */
export type TrainEventState = typeof trainInitialState & typeof drawnLoadInitialState & typeof trainSpeedInitialState & { restoredAt: number | null };

/** A new run, a reset or a loaded model starts the curves over. */
export const clearedHistory = { progress: null, costHistory: [], epochs: [], restoredAt: null, batchCosts: [] } satisfies Partial<TrainEventState>;

/** The run before the first Train, and after a reset or a loaded model. */
export const IDLE_RUN: RunState = { status: 'idle', config: null, seconds: 0, message: null, engine: null };

/** What one event from the worker changes in the store. */
export function reduceEvent(state: TrainEventState, event: TrainerEvent): Partial<TrainEventState> {
  switch (event.kind) {
    case 'drawn':
      return { drawnLoad: drawnLoadAfter(event) };
    case 'model':
      // Versions only grow: one overtaken by a loaded model's, on another channel, is old news.
      return event.version > state.modelVersion ? { modelVersion: event.version } : {};
    case 'load':
      // Progress arrives through the proxied callback's own channel, which is not ordered with the
      // answer to loadMnist: a late event must not turn a finished (or failed) load back into
      // "loading" (the page then showed "Unpacking 70,000 images…" for good). Retry sets 'loading' first.
      if (state.load.status !== 'loading') return {};
      return { load: { ...state.load, status: 'loading', phase: event.phase, loaded: event.loaded, total: event.total } };
    case 'progress': {
      const { kind: _, ...snapshot } = event;
      const examples = event.examples - (state.progress?.examples ?? 0);
      return {
        progress: snapshot,
        costHistory: appendCostPoint(state.costHistory, { epoch: event.epoch, cost: event.cost, examples }),
        batchCosts: batchCostsAfter(state.batchCosts, event),
        run: { ...state.run, seconds: event.seconds },
      };
    }
    case 'epoch': {
      const { kind: _, ...metrics } = event;
      return { epochs: [...state.epochs, metrics], run: { ...state.run, seconds: event.seconds } };
    }
    case 'status':
      if (event.status === 'training' && event.config) {
        return { ...clearedHistory, run: { status: 'training', config: event.config, seconds: 0, message: null, engine: event.engine ?? null, purpose: event.purpose }, model: { origin: 'trained' } };
      }
      if (event.status === 'idle') return { ...clearedHistory, run: IDLE_RUN, model: event.config?.model === undefined ? UNTRAINED : { origin: 'untrained', model: event.config.model } };
      return { run: { ...state.run, status: event.status, seconds: event.seconds ?? state.run.seconds, message: event.message ?? null } };
  }
}
