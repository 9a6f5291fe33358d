import type { ProgressEvent, TrainSpeed } from '../../protocol/trainer-events.ts';

export type { TrainSpeed };

/** One mini-batch's cost, as Watch speed and Step report it. */
export interface BatchCost {
  /** Images trained on so far in the run, this mini-batch included. */
  examples: number;
  /** Mean cost per example of the mini-batch, before its step. */
  cost: number;
}

/** The chart of single mini-batches keeps this many: enough to see a trend, few enough to see each one. */
export const MAX_BATCH_COSTS = 100;

export const trainSpeedInitialState = {
  /** Full speed, or Watch: one mini-batch at a time, a few a second. */
  trainSpeed: 'full' as TrainSpeed,
  /** The latest mini-batches trained one at a time (Watch and Step), oldest first. */
  batchCosts: [] as BatchCost[],
};

export interface TrainSpeedActions {
  setTrainSpeed(speed: TrainSpeed): void;
}

type Set = (patch: Partial<typeof trainSpeedInitialState>) => void;

export const createTrainSpeedActions = (set: Set): TrainSpeedActions => ({
  setTrainSpeed: (trainSpeed) => set({ trainSpeed }),
});

/** The mini-batch costs after a progress event: a single mini-batch's report adds its cost. */
export function batchCostsAfter(costs: BatchCost[], event: ProgressEvent): BatchCost[] {
  if (!event.perBatch) return costs;
  return [...costs.slice(-(MAX_BATCH_COSTS - 1)), { examples: event.examples, cost: event.cost }];
}
