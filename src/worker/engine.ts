import type { LabelledImages } from '../mnist/dataset.ts';
import type { Network } from '../nn/network.ts';
import { createRun, trainSlice, type SliceResult } from '../nn/trainer.ts';
import type { TrainConfig } from '../nn/types.ts';

/**
 * A training run as the worker sees it. This is the one place the worker touches the engine: the
 * TypeScript engine of src/nn today, a WebAssembly one later behind the same methods.
 */
export interface EngineRun {
  /** Trains up to maxBatches mini-batches, stopping early at the end of an epoch. */
  trainSlice(maxBatches: number): SliceResult;
  /** Changes the learning rate from the next mini-batch on. */
  setLearningRate(eta: number): void;
  /** The network with its current weights, for predictions and evaluation between slices. */
  network(): Network;
  /** Epochs completed. */
  readonly epoch: number;
  /** Examples done in the current epoch. */
  readonly position: number;
  /** Examples per epoch. */
  readonly size: number;
}

/** Starts a run that trains `net` in place on the first config.trainSize examples of `data`. */
export function startRun(net: Network, config: TrainConfig, data: LabelledImages): EngineRun {
  const run = createRun(net, config, data);
  return {
    trainSlice: (maxBatches) => trainSlice(run, maxBatches),
    setLearningRate: (eta) => {
      run.eta = eta;
    },
    network: () => run.net,
    get epoch() {
      return run.epoch;
    },
    get position() {
      return run.position;
    },
    size: run.order.length,
  };
}
