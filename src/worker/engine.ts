import type { Network } from '../nn/network.ts';
import { createTsEngine, type EngineKind, type TrainingEngine } from '../nn/training-engine.ts';
import type { TrainConfig } from '../nn/types.ts';
import { createBestConvEngine } from '../nn/conv/best-conv-engine.ts';
import type { ConvEngine } from '../nn/conv/conv-engine.ts';
import type { ConvNetwork } from '../nn/conv/conv-network.ts';
import { createConvSplitEngine } from '../nn/conv/conv-split-engine.ts';
import type { SessionEngine } from '../nn/training-session.ts';
import { createEngine } from '../nn/wasm/create-engine.ts';
import { detectEngine } from '../nn/wasm/detect-engine.ts';
import { createSplitEngine, type SplitEngine } from '../nn/wasm/split-engine.ts';
import type { SharedSteps } from '../nn/wasm/split-protocol.ts';
import { spawnWorkerHelper } from './parallel/spawn-helper.ts';
import { messageOf } from '../errors/error-message.ts';
import type { EngineInfo } from '../protocol/trainer-events.ts';

/** What the loop needs of an engine: SGD steps (the session's), and evaluation at the end of each epoch. */
export type RunEngine = SessionEngine & Pick<TrainingEngine, 'evaluate'>;

/** The engine a run trains on, as the worker chose it. */
export interface ChosenEngine {
  engine: RunEngine;
  info: EngineInfo;
  /** With several workers, the fraction of steps so far in which the helpers took part (they sit out while that is slower). */
  sharedSteps(): number | undefined;
  /** True once a helper worker has ended and the run goes on with this worker alone. */
  helpersLost(): boolean;
}

const chosen = (engine: RunEngine, info: EngineInfo, shared?: SharedSteps): ChosenEngine => ({
  engine,
  info,
  sharedSteps: () => shared?.chooser.sharedFraction,
  helpersLost: () => shared?.helpersLost() ?? false,
});

/** The TypeScript engine of src/nn (it trains `net` in place): the reference, and the fallback. */
const tsEngine = (net: Network, config: TrainConfig, note: string) => chosen(createTsEngine(net, config.batchSize), { kind: 'ts', workers: 1, note });

const isolated = () => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
const NOT_ISOLATED = 'the page is not cross-origin isolated, so workers cannot share memory';


// The last run's engine shared with helper workers: the next run lets them go. (It would train
// on alone, with the same results, should the old run take another step.)
let lastSplit: SharedSteps | null = null;

/** An engine shared by `workers` workers where the page allows it, else one; and why not, if not. */
async function createWorkersEngine(kind: Exclude<EngineKind, 'ts'>, net: Network, config: TrainConfig, maxImages: number, workers: number) {
  if (workers > 1 && isolated()) {
    try {
      // Room for later epochs' sets (pen-drawn digits mixed in) a little larger than the first.
      const engine = await createSplitEngine(kind, net, config.batchSize, workers, Math.ceil(maxImages * 1.25), spawnWorkerHelper);
      lastSplit = engine;
      return { engine, workers };
    } catch (error) {
      return { engine: await createEngine(kind, net, config.batchSize), workers: 1, note: `the helper workers failed to start (${messageOf(error)})` };
    }
  }
  return { engine: await createEngine(kind, net, config.batchSize), workers: 1, note: workers > 1 ? NOT_ISOLATED : undefined };
}

/**
 * The engine for a run that trains `net` (this is the one place the worker chooses it): the
 * fastest this runtime has (detectEngine), shared by `workers` workers where the page is
 * cross-origin isolated, for training sets of up to `maxImages` images; the TypeScript engine
 * where WebAssembly SIMD is missing or fails to start.
 */
export async function chooseEngine(net: Network, config: TrainConfig, maxImages: number, workers = 1): Promise<ChosenEngine> {
  lastSplit?.dispose();
  lastSplit = null;
  const kind = detectEngine();
  if (kind === 'ts') return tsEngine(net, config, 'this browser has no WebAssembly SIMD');
  let made;
  try {
    made = await createWorkersEngine(kind, net, config, maxImages, workers);
  } catch (error) {
    return tsEngine(net, config, `WebAssembly failed to start (${messageOf(error)})`);
  }
  return chosen(made.engine, { kind, workers: made.workers, note: made.note }, made.workers > 1 ? (made.engine as SplitEngine) : undefined);
}

/**
 * The engine for a run that trains a convolutional network: shared by `workers` workers where the
 * page is cross-origin isolated and WebAssembly SIMD runs, else the one createBestConvEngine chooses.
 */
export async function chooseConvEngine(net: ConvNetwork, config: TrainConfig, workers = 1): Promise<ChosenEngine> {
  lastSplit?.dispose();
  lastSplit = null;
  // No dropout in the app: the description and the book's first convolutional networks have none.
  const options = { dropout: 0, seed: config.seed };
  const kind = detectEngine();
  let made: { engine: ConvEngine; note?: string; shared?: SharedSteps } | undefined;
  let note = workers > 1 && !isolated() ? NOT_ISOLATED : undefined;
  if (workers > 1 && kind !== 'ts' && isolated()) {
    try {
      const engine = await createConvSplitEngine(kind, net, config.batchSize, options, workers, spawnWorkerHelper);
      made = { engine, shared: (lastSplit = engine) };
    } catch (error) {
      note = `the helper workers failed to start (${messageOf(error)})`;
    }
  }
  made ??= await createBestConvEngine(net, config.batchSize, options);
  const { engine, shared } = made;
  // The session saves the weights into the network after each step (a WebAssembly engine trains a copy).
  const run: RunEngine = {
    setTrainingData: (data) => engine.setTrainingData(data),
    trainBatch: (order, start, count, eta, decay) => engine.trainBatch(order, start, count, eta, decay),
    evaluate: (set) => engine.evaluate(set),
    saveNetwork: () => engine.saveConvNetwork(net),
  };
  return chosen(run, { kind: engine.kind, workers: shared ? workers : 1, note: made.note ?? note }, shared);
}
