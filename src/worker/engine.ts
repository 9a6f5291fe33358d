import type { LabelledImages } from '../mnist/dataset.ts';
import { createEngineRun, trainEngineSlice } from '../nn/engine-run.ts';
import type { Network } from '../nn/network.ts';
import type { SliceResult } from '../nn/trainer.ts';
import { createTsEngine, type EngineKind, type TrainingEngine } from '../nn/training-engine.ts';
import type { EvalResult, TrainConfig } from '../nn/types.ts';
import { createEngine } from '../nn/wasm/create-engine.ts';
import { detectEngine } from '../nn/wasm/detect-engine.ts';
import { createSplitEngine, type SplitEngine } from '../nn/wasm/split-engine.ts';
import { spawnWorkerHelper } from './parallel/spawn-helper.ts';
import { messageOf } from '../errors/error-message.ts';

/** Which engine trains, on how many workers, and why it is not a faster one (if it is not). */
export interface EngineInfo {
  kind: EngineKind;
  workers: number;
  /** Why the run fell back to a slower engine or fewer workers; absent when it did not. */
  note?: string;
}

/**
 * A training run as the worker sees it. This is the one place the worker chooses and touches the
 * engine: the fastest WebAssembly kernels this browser runs, else the TypeScript engine of src/nn.
 */
export interface EngineRun {
  /** Trains up to maxBatches mini-batches, stopping early at the end of an epoch. */
  trainSlice(maxBatches: number): SliceResult;
  /** Changes the learning rate from the next mini-batch on. */
  setLearningRate(eta: number): void;
  /** Hands over the next epoch's training set (as many examples as the first); call it between epochs. */
  setTrainingData(data: LabelledImages): void;
  /** The network with its current weights (brought up to date after every slice). */
  network(): Network;
  /** Accuracy and mean cost of the current weights on a part of a data set. */
  evaluate(set: LabelledImages): EvalResult;
  /** Epochs completed. */
  readonly epoch: number;
  /** Examples done in the current epoch. */
  readonly position: number;
  /** Examples per epoch. */
  readonly size: number;
  readonly info: EngineInfo;
  /** With several workers, the fraction of steps so far in which the helpers took part (they sit out while that is slower). */
  readonly sharedSteps?: number;
}

/** The worker's view of a run that `engine` trains. */
function wrapRun(engine: TrainingEngine, net: Network, config: TrainConfig, data: LabelledImages, info: EngineInfo): EngineRun {
  const run = createEngineRun(engine, net, config, data);
  return {
    trainSlice: (maxBatches) => trainEngineSlice(run, maxBatches),
    setLearningRate: (eta) => {
      run.eta = eta;
    },
    setTrainingData: (set) => engine.setTrainingData((run.data = set)),
    network: () => run.net,
    evaluate: (set) => engine.evaluate(set),
    get epoch() {
      return run.epoch;
    },
    get position() {
      return run.position;
    },
    size: run.order.length,
    info,
    get sharedSteps() {
      return 'chooser' in engine ? (engine as SplitEngine).chooser.sharedFraction : undefined;
    },
  };
}

/** A run on the TypeScript engine of src/nn (it trains `net` in place): the reference, and the fallback. */
const startTsRun = (net: Network, config: TrainConfig, data: LabelledImages, note: string) =>
  wrapRun(createTsEngine(net, config.batchSize), net, config, data, { kind: 'ts', workers: 1, note });


// The last run's engine shared with helper workers: the next run lets them go. (It would train
// on alone, with the same results, should the old run take another step.)
let lastSplit: SplitEngine | null = null;

/** An engine shared by `workers` workers where the page allows it, else one; and why not, if not. */
async function createWorkersEngine(kind: Exclude<EngineKind, 'ts'>, net: Network, config: TrainConfig, data: LabelledImages, workers: number) {
  if (workers > 1 && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated) {
    try {
      // Room for later epochs' sets (pen-drawn digits mixed in) a little larger than the first.
      const engine = await createSplitEngine(kind, net, config.batchSize, workers, Math.ceil(data.count * 1.25), spawnWorkerHelper);
      lastSplit = engine;
      return { engine, workers };
    } catch (error) {
      return { engine: await createEngine(kind, net, config.batchSize), workers: 1, note: `the helper workers failed to start (${messageOf(error)})` };
    }
  }
  const note = workers > 1 ? 'the page is not cross-origin isolated, so workers cannot share memory' : undefined;
  return { engine: await createEngine(kind, net, config.batchSize), workers: 1, note };
}

/**
 * Starts a run that trains `net` in place on the first config.trainSize examples of `data`, on the
 * fastest engine this runtime has (detectEngine), shared by `workers` workers where the page is
 * cross-origin isolated; the TypeScript engine where WebAssembly SIMD is missing or fails to start.
 */
export async function startRun(net: Network, config: TrainConfig, data: LabelledImages, workers = 1): Promise<EngineRun> {
  lastSplit?.dispose();
  lastSplit = null;
  const kind = detectEngine();
  if (kind === 'ts') return startTsRun(net, config, data, 'this browser has no WebAssembly SIMD');
  let chosen;
  try {
    chosen = await createWorkersEngine(kind, net, config, data, workers);
  } catch (error) {
    return startTsRun(net, config, data, `WebAssembly failed to start (${messageOf(error)})`);
  }
  return wrapRun(chosen.engine, net, config, data, { kind, workers: chosen.workers, note: chosen.note });
}
