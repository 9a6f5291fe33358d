import type { MnistSplit } from '../mnist/dataset.ts';
import { configProblems, LIMITS } from '../nn/config-limits.ts';
import { createScratch, type Scratch } from '../nn/batch.ts';
import { predict } from '../nn/evaluate.ts';
import { cloneNetwork, createNetwork, type Network } from '../nn/network.ts';
import { parseBinaryModel } from '../persistence/binary-model.ts';
import { parseModel } from '../nn/serialize.ts';
import type { TrainConfig } from '../nn/types.ts';
import { createRng } from '../nn/rng.ts';
import type { DrawnPool } from './drawn-data.ts';
import { startRun, type EngineRun } from './engine.ts';
import type { LoadEvent, TrainerEvent } from './events.ts';
import { buildFineTuneSet, type LabelledDrawing } from './fine-tune-data.ts';
import { fineTuneConfig } from './fine-tune.ts';
import { planRunData } from './run-data.ts';
import { endStretch, runSeconds, trainLoop, type ActiveRun } from './training-loop.ts';
import { yieldToEventLoop } from './yield.ts';

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
export function createTrainer(loadData: LoadData, drawnPool?: DrawnPool) {
  let emit: (event: TrainerEvent) => void = () => {};
  let data: MnistSplit | null = null;
  let loading: Promise<MnistSplit> | null = null;
  let net: Network | null = null;
  let predictScratch: Scratch | null = null;
  let run: ActiveRun | null = null;
  /** The config the network was trained with, as far as it is known: fine-tuning takes its learning rate. */
  let trainedWith: Partial<TrainConfig> | null = null;
  // Counts starts, Stops and Resets: a start still readying its data gives way when the count moves on.
  let starts = 0;

  const useNetwork = (next: Network, config: Partial<TrainConfig> | null) => {
    net = next;
    trainedWith = config;
    predictScratch = createScratch(next.layers, 1);
  };

  const newRun = (engine: EngineRun, config: TrainConfig): ActiveRun => ({
    engine,
    config,
    status: 'training',
    looping: false,
    examples: 0,
    elapsedBefore: 0,
    stretchStart: performance.now(),
  });

  /** Ends the current run, if any, keeping the weights it reached. */
  const stop = () => {
    starts++;
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

    /**
     * Starts a run from new weights drawn from the config's seed, on the fastest engine there is,
     * shared by `workers` workers where the page allows it.
     */
    async train(requested: TrainConfig, workers = 1): Promise<void> {
      const config = checkedConfig(requested);
      if (!data) throw new Error('MNIST is not loaded yet');
      const start = ++starts;
      let pool = null;
      if (config.trainingData === 'mnist+drawn') {
        if (!drawnPool) throw new Error('the pen-drawn digits are not available here');
        pool = await drawnPool.get((progress) => emit({ kind: 'drawn', ...progress }));
        if (start !== starts) return;
      }
      const plan = planRunData(config, data.train, pool);
      const fresh = createNetwork(config, config.init, config.seed);
      // The run walks every example of an epoch's set: MNIST's trainSize images plus the drawn ones.
      const engine = await startRun(fresh, { ...config, trainSize: plan.count }, plan.first, Math.max(1, workers | 0));
      if (start !== starts) return;
      stop();
      useNetwork(fresh, config);
      const active = (run = newRun(engine, config));
      active.beforeEpoch = (epoch) => plan.beforeEpoch(active, epoch);
      emit({ kind: 'status', status: 'training', config, seconds: 0, engine: engine.info });
      startLoop(active);
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
      // A schedule steps down from the rate set last.
      if (run) run.config = { ...run.config, eta };
    },

    /** Ends any run and starts over with new, untrained weights from the config's seed. */
    reset(requested: TrainConfig): void {
      const config = checkedConfig(requested);
      stop();
      run = null;
      useNetwork(createNetwork(config, config.init, config.seed), config);
      emit({ kind: 'status', status: 'idle', config });
    },

    /** Replaces the network with a model file's (JSON text, or the binary form: persistence/binary-model.ts), after checking all of it; throws a message naming the fault. */
    loadModel(file: string | Uint8Array): LoadedModel {
      const model = typeof file === 'string' ? parseModel(file) : parseBinaryModel(file);
      // Silently: the page sets its state once this returns (an event could land after that and undo it).
      if (run) endStretch(run, 'stopped');
      run = null;
      starts++;
      useNetwork(model.net, model.config ?? null);
      return { layers: model.net.layers, config: model.config, metrics: model.metrics };
    },

    /** The output probabilities for a 28x28 image (784 values in [0, 1]); null without a usable network. */
    predict(image: Float32Array): Float32Array | null {
      if (!net || !predictScratch || image.length !== 784) return null;
      const probabilities = predict(net, image, predictScratch);
      return probabilities.every(Number.isFinite) ? probabilities : null;
    },

    /**
     * A short run that goes on from the current weights (no new ones) over `drawings`, each repeated
     * with some variety, mixed with MNIST (and pen-drawn) images: see fine-tune-data.ts and fine-tune.ts.
     */
    async fineTune(drawings: LabelledDrawing[]): Promise<void> {
      if (!data) throw new Error('MNIST is not loaded yet: fine-tuning mixes MNIST images in');
      if (!net) throw new Error('there is no network to fine-tune yet');
      if (!drawings.length) throw new Error('there are no drawings to learn from yet');
      stop();
      const start = starts;
      const current = net;
      const seed = typeof trainedWith?.seed === 'number' ? trainedWith.seed | 0 : 1;
      const set = await buildFineTuneSet(drawings, data.train, drawnPool?.current() ?? null, createRng(seed), yieldToEventLoop);
      if (start !== starts || net !== current) return;
      const config = fineTuneConfig(current, trainedWith, set.count, seed);
      const engine = await startRun(current, config, set);
      if (start !== starts || net !== current) return;
      run = newRun(engine, config);
      emit({ kind: 'status', status: 'training', config, seconds: 0, engine: engine.info, purpose: 'fine-tune' });
      startLoop(run);
    },

    /** The digit the network reads in each of the 784-value images packed in `images`; null where it gives no usable answer. */
    readImages(images: Float32Array): (number | null)[] {
      const count = Math.floor(images.length / 784);
      return Array.from({ length: count }, (_, i) => {
        const probabilities = net && predictScratch ? predict(net, images.subarray(i * 784, (i + 1) * 784), predictScratch) : null;
        if (!probabilities?.every(Number.isFinite)) return null;
        return probabilities.indexOf(Math.max(...probabilities));
      });
    },

    /** A copy of the current weights, for views of the network; null before there is one. */
    getWeights(): Network | null {
      return net ? cloneNetwork(net) : null;
    },
  };
}
