import type { TrainingEngine } from './training-engine.ts';
import { shuffleInPlace } from './rng.ts';
import { createRun, type SliceResult, type TrainingRun } from './trainer.ts';
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
  const { order, config, engine } = run;
  const n = order.length;
  const decay = 1 - (run.eta * config.lambda) / n;
  let examples = 0;
  let costSum = 0;
  for (let i = 0; i < maxBatches && run.position < n; i++) {
    // The last mini-batch of an epoch is smaller when n is not a multiple of the batch size, as in the book.
    const count = Math.min(config.batchSize, n - run.position);
    costSum += engine.trainBatch(order, run.position, count, run.eta, decay);
    run.position += count;
    examples += count;
  }
  engine.saveNetwork(run.net);
  const epochEnded = run.position >= n;
  if (epochEnded) {
    run.epoch++;
    run.position = 0;
    shuffleInPlace(order, run.rng);
  }
  return { examples, costSum, epochEnded };
}
