import type { TrainingEngine } from './training-engine.ts';
import { createRun, runSlice, type SliceResult, type TrainingRun } from './trainer.ts';
import type { Network } from './network.ts';
import type { TrainConfig } from './types.ts';
import type { LabelledImages } from '../mnist/dataset.ts';

/** A training run whose steps an engine takes; run.net is brought up to date after every slice. */
export interface EngineRun extends TrainingRun {
  engine: TrainingEngine;
}

/**
 * Starts a run as createRun does (same example order, same shuffles for the same seed), and hands
 * the engine the network and the data.
 */
export function createEngineRun(engine: TrainingEngine, net: Network, config: TrainConfig, data: LabelledImages): EngineRun {
  const run = createRun(net, config, data);
  engine.setTrainingData(data);
  engine.loadNetwork(net);
  return { ...run, engine };
}

/** trainSlice (trainer.ts) on an engine: up to `maxBatches` mini-batches, stopping at the end of an epoch. */
export function trainEngineSlice(run: EngineRun, maxBatches: number): SliceResult {
  const result = runSlice(run, maxBatches, (position, count, decay) =>
    run.engine.trainBatch(run.order, position, count, run.eta, decay),
  );
  run.engine.saveNetwork(run.net);
  return result;
}
