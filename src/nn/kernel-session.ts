import { createScratch, trainBatch } from './batch.ts';
import type { Network } from './network.ts';
import { createTrainingSession, fixedPlan, type TrainingSession } from './training-session.ts';
import type { TrainConfig } from './types.ts';
import { fillBatch, type LabelledImages } from '../mnist/dataset.ts';

/**
 * For tests: a session on the first config.trainSize examples of `data` whose steps call the
 * TypeScript kernels (batch.ts) directly, training `net` in place with no engine in between: the
 * reference every engine is held to.
 */
export function createKernelSession(net: Network, config: TrainConfig, data: LabelledImages): TrainingSession {
  const scratch = createScratch(net.layers, config.batchSize);
  const engine = {
    setTrainingData: () => {},
    trainBatch(order: ArrayLike<number>, start: number, count: number, eta: number, decay: number) {
      fillBatch(data, order, start, count, scratch.acts[0], scratch.labels);
      return trainBatch(net, scratch, count, eta, decay);
    },
  };
  return createTrainingSession({ engine, config, plan: fixedPlan(data, config.trainSize) });
}
