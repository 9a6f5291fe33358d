import type { MnistSplit } from '../mnist/dataset.ts';
import { configProblems, LIMITS } from '../nn/config-limits.ts';
import { createScratch, type Scratch } from '../nn/batch.ts';
import { predict } from '../nn/evaluate.ts';
import { cloneNetwork, createNetwork, type Network } from '../nn/network.ts';
import { parseModel } from '../nn/serialize.ts';
import type { TrainConfig } from '../nn/types.ts';
import { startRun } from './engine.ts';
import type { LoadEvent, TrainerEvent } from './events.ts';
import { endStretch, runSeconds, trainLoop, type ActiveRun } from './training-loop.ts';

/** Fetches and splits MNIST, reporting progress. */
export type LoadData = (onProgress: (progress: Omit<LoadEvent, 'kind'>) => void) => Promise<MnistSplit>;

/** What the page learns about a model loaded from a file. */
export interface LoadedModel {
  layers: number[];
  config?: Partial<TrainConfig>;
  metrics?: Record<string, number | string | undefined>;
}

/**
 * The config checked, with whole numbers made V8 small integers again: numbers that cross a
 * worker message may arrive boxed, and boxed sizes slow every kernel down.
 */
function checkedConfig(config: TrainConfig): TrainConfig {
  const problems = Object.values(configProblems(config));
  if (problems.length) throw new Error(problems.join('; '));
  const { layers, batchSize, epochs, trainSize, seed } = config;
  return { ...config, layers: layers.map((n) => n | 0), batchSize: batchSize | 0, epochs: epochs | 0, trainSize: trainSize | 0, seed: seed | 0 };
}

/**
 * The trainer the worker exposes: it owns the data, the network and the run. The page sends
 * intents; the worker answers through one listener registered with connect().
 */
export function createTrainer(loadData: LoadData) {
  let emit: (event: TrainerEvent) => void = () => {};
  let data: MnistSplit | null = null;
  let loading: Promise<MnistSplit> | null = null;
  let net: Network | null = null;
  let predictScratch: Scratch | null = null;
  let run: ActiveRun | null = null;

  const useNetwork = (next: Network) => {
    net = next;
    predictScratch = createScratch(next.layers, 1);
  };

  /** Ends the current run, if any, keeping the weights it reached. */
  const stop = () => {
    if (!run || (run.status !== 'training' && run.status !== 'paused')) return;
    endStretch(run, 'stopped');
    emit({ kind: 'status', status: 'stopped', seconds: runSeconds(run) });
  };

  const startLoop = (active: ActiveRun) => {
    if (!data) return;
    void trainLoop(active, data, () => run === active, emit);
  };

  return {
    /** Registers the one listener for progress, metrics, status and load events. */
    connect(listener: (event: TrainerEvent) => void): void {
      emit = listener;
    },

    /** Downloads and decodes MNIST once; later calls share the same load. Sizes of the three sets. */
    async loadMnist(): Promise<{ train: number; validation: number; test: number }> {
      loading ??= loadData((progress) => emit({ kind: 'load', ...progress }));
      try {
        data = await loading;
      } catch (error) {
        loading = null;
        throw error;
      }
      return { train: data.train.count, validation: data.validation.count, test: data.test.count };
    },

    /** Starts a run from new weights drawn from the config's seed, on the fastest engine there is. */
    async train(requested: TrainConfig): Promise<void> {
      const config = checkedConfig(requested);
      if (!data) throw new Error('MNIST is not loaded yet');
      const fresh = createNetwork(config, config.init, config.seed);
      const engine = await startRun(fresh, config, data.train);
      stop();
      useNetwork(fresh);
      run = {
        engine,
        config,
        status: 'training',
        looping: false,
        examples: 0,
        elapsedBefore: 0,
        stretchStart: performance.now(),
      };
      emit({ kind: 'status', status: 'training', config, seconds: 0, engine: engine.info });
      startLoop(run);
    },

    pause(): void {
      if (run?.status !== 'training') return;
      endStretch(run, 'paused');
      emit({ kind: 'status', status: 'paused', seconds: runSeconds(run) });
    },

    resume(): void {
      if (run?.status !== 'paused') return;
      run.status = 'training';
      run.stretchStart = performance.now();
      emit({ kind: 'status', status: 'training', seconds: runSeconds(run) });
      startLoop(run);
    },

    stop,

    /** Changes the learning rate at once, also in the middle of a run. */
    setLearningRate(eta: number): void {
      const { min, max } = LIMITS.eta;
      if (!(Number.isFinite(eta) && eta >= min && eta <= max)) throw new Error(`learning rate must be from ${min} to ${max}, got ${eta}`);
      run?.engine.setLearningRate(eta);
    },

    /** Ends any run and starts over with new, untrained weights from the config's seed. */
    reset(requested: TrainConfig): void {
      const config = checkedConfig(requested);
      stop();
      run = null;
      useNetwork(createNetwork(config, config.init, config.seed));
      emit({ kind: 'status', status: 'idle', config });
    },

    /** Replaces the network with a model file's, after checking all of it; throws a message naming the fault. */
    loadModel(json: string): LoadedModel {
      const model = parseModel(json);
      // Silently: the page sets its state once this returns (an event could land after that and undo it).
      if (run) endStretch(run, 'stopped');
      run = null;
      useNetwork(model.net);
      return { layers: model.net.layers, config: model.config, metrics: model.metrics };
    },

    /** The output probabilities for a 28x28 image (784 values in [0, 1]); null without a usable network. */
    predict(image: Float32Array): Float32Array | null {
      if (!net || !predictScratch || image.length !== 784) return null;
      const probabilities = predict(net, image, predictScratch);
      return probabilities.every(Number.isFinite) ? probabilities : null;
    },

    /** A copy of the current weights, for views of the network; null before there is one. */
    getWeights(): Network | null {
      return net ? cloneNetwork(net) : null;
    },
  };
}
