import type { MnistSplit } from '../mnist/dataset.ts';
import { checkLearningRate, configProblems } from '../nn/config-limits.ts';
import { createNetwork } from '../nn/network.ts';
import { parseAnyBinaryModel } from '../nn/binary-model.ts';
import { parseAnyModel } from '../nn/serialize.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../nn/types.ts';
import { createRng } from '../nn/rng.ts';
import { createTrainingSession, fixedPlan, type EpochPlan } from '../nn/training-session.ts';
import { planEpochData } from '../training-data/epoch-data.ts';
import type { DrawnPool } from './drawn-data.ts';
import { chooseConvEngine, chooseEngine, type ChosenEngine } from './engine.ts';
import { isConvNetwork, type AnyNetwork } from '../nn/conv/any-network.ts';
import { createConvNetwork } from '../nn/conv/conv-network.ts';
import { canonicalDescription, formatModel, parseModel as parseDescription } from '../nn/conv/parse-model.ts';
import { createEmitter } from './event-emitter.ts';
import { createModelHolder } from './model-holder.ts';
import type { LoadEvent, StatusEvent, TrainSpeed } from '../protocol/trainer-events.ts';
import { buildFineTuneSet, type LabelledDrawing } from './fine-tune-data.ts';
import { fineTuneConfig } from './fine-tune.ts';
import { driveSession, endStretch, runSeconds, startLoop, stepPaused, type DrivenSession } from './training-loop.ts';
import { yieldToEventLoop } from './yield.ts';

/** Fetches and splits MNIST, reporting progress. */
export type LoadData = (onProgress: (progress: Omit<LoadEvent, 'kind'>) => void) => Promise<MnistSplit>;

/** What the page learns about a model loaded from a file. */
export interface LoadedModel {
  /** The fully connected network's layer sizes; for a convolutional one, those of its config as far as known (else the default's). */
  layers: number[];
  /** A convolutional network's description (TrainConfig.model); absent for a fully connected one. */
  model?: string;
  config?: Partial<TrainConfig>;
  metrics?: Record<string, number | string | undefined>;
  /** The model's identity from now on (see ModelEvent). */
  version: number;
}

/**
 * The config checked, with whole numbers made V8 small integers again: numbers that cross a
 * worker message may arrive boxed, and boxed sizes slow every kernel down.
 */
function checkedConfig(config: TrainConfig): TrainConfig {
  const problems = Object.values(configProblems(config));
  if (problems.length) throw new Error(problems.join('; '));
  const { layers, batchSize, epochs, trainSize, seed, model } = config;
  // The description in its one written form, so the page can compare it with a preset's.
  const described = model === undefined ? {} : { model: canonicalDescription(model) };
  return { ...config, ...described, layers: layers.map((n) => n | 0), batchSize: batchSize | 0, epochs: epochs | 0, trainSize: trainSize | 0, seed: seed | 0 };
}

/** New weights from the config's seed: the convolutional network its description names, else the fully connected `layers`. */
const freshNetwork = (config: TrainConfig): AnyNetwork =>
  config.model === undefined ? createNetwork(config, config.init, config.seed) : createConvNetwork(parseDescription(config.model), config.activation, config.cost, config.init, config.seed);

/**
 * The trainer the worker exposes: it owns the data, the network and the run. The page sends
 * intents; the worker answers through one listener registered with connect().
 */
export function createTrainer(loadData: LoadData, drawnPool?: DrawnPool) {
  const { connect, emit, nextVersion } = createEmitter();
  const model = createModelHolder();
  const adoptNetwork = model.adopt;
  let data: MnistSplit | null = null;
  let loading: Promise<MnistSplit> | null = null;
  let run: DrivenSession | null = null;
  let speed: TrainSpeed = 'full';
  /** The Step requests in hand, run one after the other. */
  let steps: Promise<void> = Promise.resolve();
  // Counts starts, Stops and Resets: a start still readying its data gives way when the count moves on.
  let starts = 0;
  // The person has asked for a model of their own (Train, Step, Reset, a file, fine-tuning): the
  // visit's first model, still on its way, gives way to it. Kept here, where the requests arrive in
  // the order they were made, so the page keeps no count of its own.
  let personChose = false;

  /** Ends the current run, if any, keeping the weights it reached. */
  const stop = () => {
    starts++;
    if (!run || (run.status !== 'training' && run.status !== 'paused')) return;
    endStretch(run, 'stopped');
    emit({ kind: 'status', status: 'stopped', seconds: runSeconds(run) });
  };

  /** Holds a run in progress where it is. */
  const pause = () => {
    if (run?.status !== 'training') return;
    endStretch(run, 'paused');
    emit({ kind: 'status', status: 'paused', seconds: runSeconds(run) });
  };

  const contextOf = (active: DrivenSession, loaded: MnistSplit) => ({ data: loaded, isCurrent: () => run === active, emit, speed: () => speed });

  /**
   * Starts a session that trains `target` over `plan` (ending the run before it, then calling
   * `adopt`), training or paused, and says so; false when a newer start, a Stop or a Reset came first.
   */
  const startSession = async (target: AnyNetwork, config: TrainConfig, plan: EpochPlan, workers: number, status: 'training' | 'paused', said: Omit<StatusEvent, 'kind' | 'status'>, adopt = () => {}) => {
    const start = starts;
    // The WebAssembly engines train their own copy of the weights, saved into `target` after each step.
    const engine: ChosenEngine = isConvNetwork(target) ? await chooseConvEngine(target, config) : await chooseEngine(target, config, plan.count, workers);
    if (start !== starts || !data) return false;
    stop();
    adopt();
    const session = createTrainingSession({ engine: engine.engine, config, plan, net: target });
    const active = (run = driveSession(session, engine, status));
    emit({ kind: 'status', status: 'training', config, seconds: 0, engine: engine.info, ...said });
    if (status === 'paused') emit({ kind: 'status', status: 'paused', seconds: 0 });
    else void startLoop(active, contextOf(active, data));
    return true;
  };

  /** Starts a run from new weights drawn from the config's seed; false when something newer came first. */
  const startFresh = async (requested: TrainConfig, workers: number, status: 'training' | 'paused') => {
    const config = checkedConfig(requested);
    if (!data) throw new Error('MNIST is not loaded yet');
    const start = ++starts;
    let pool = null;
    if (config.trainingData === 'mnist+drawn') {
      if (!drawnPool) throw new Error('the pen-drawn digits are not available here');
      pool = await drawnPool.get((progress) => emit({ kind: 'drawn', ...progress }));
      if (start !== starts) return false;
    }
    const fresh = freshNetwork(config);
    // The run walks every example of an epoch's set: MNIST's trainSize images plus the drawn ones.
    const plan = planEpochData(config, data.train, pool);
    return startSession(fresh, config, plan, Math.max(1, workers | 0), status, {}, () => adoptNetwork(fresh, config));
  };

  /** Makes a model file's network the one in use, ending any run. */
  const adoptModelFile = (file: string | Uint8Array): LoadedModel => {
    const loaded = typeof file === 'string' ? parseAnyModel(file) : parseAnyBinaryModel(file);
    // Silently: the page sets its state once this returns (an event could land after that and undo it).
    if (run) endStretch(run, 'stopped');
    run = null;
    starts++;
    adoptNetwork(loaded.net, loaded.config ?? null);
    const { net } = loaded;
    const shape = isConvNetwork(net) ? { layers: loaded.config?.layers ?? DEFAULT_CONFIG.layers, model: formatModel(net.spec) } : { layers: net.layers };
    return { ...shape, config: loaded.config, metrics: loaded.metrics, version: nextVersion() };
  };

  return {
    connect,

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
      personChose = true;
      await startFresh(requested, workers, 'training');
    },

    pause,

    resume(): void {
      if (run?.status !== 'paused') return;
      run.status = 'training';
      run.stretchStart = performance.now();
      emit({ kind: 'status', status: 'training', seconds: runSeconds(run) });
      if (data) void startLoop(run, contextOf(run, data));
    },

    stop,

    /** Full speed, or Watch (one mini-batch at a time, a few a second); the run in progress goes on at the new speed. */
    setSpeed(next: TrainSpeed): void {
      if (next !== 'full' && next !== 'watch') throw new Error(`speed must be full or watch, got ${String(next)}`);
      speed = next;
      // A Watch-speed wait ends at once, so Full speed takes over without delay.
      run?.wake?.();
    },

    /**
     * Trains exactly one mini-batch and leaves the run paused: pauses a run in progress first, and
     * with no run in progress starts one from the config (paused) and takes its first step.
     */
    stepOnce(requested: TrainConfig, workers = 1): Promise<void> {
      personChose = true;
      // One after the other: a second click while the first step still starts its run takes the next mini-batch of that run.
      steps = steps.catch(() => {}).then(async () => {
        pause();
        if (run?.status !== 'paused' && !(await startFresh(requested, workers, 'paused'))) return;
        if (run && data) await stepPaused(run, contextOf(run, data));
      });
      return steps;
    },

    /** Changes the learning rate at once, also in the middle of a run. */
    setLearningRate(eta: number): void {
      checkLearningRate(eta);
      // The session's schedule steps down from the rate set last.
      run?.session.setLearningRate(eta);
    },

    /** Ends any run and starts over with new, untrained weights from the config's seed. */
    reset(requested: TrainConfig): void {
      const config = checkedConfig(requested);
      personChose = true;
      stop();
      run = null;
      adoptNetwork(freshNetwork(config), config);
      emit({ kind: 'status', status: 'idle', config });
    },

    /** Replaces the network with a model file's (JSON text, or the binary form: src/nn/binary-model.ts), after checking all of it; throws a message naming the fault. */
    loadModel(file: string | Uint8Array): LoadedModel {
      const loaded = adoptModelFile(file);
      personChose = true;
      return loaded;
    },

    /** As loadModel, for the visit's first model (the last visit's, or the ready one): null, and nothing done, once the person has asked for a model. */
    loadFirstModel: (file: string | Uint8Array): LoadedModel | null => (personChose ? null : adoptModelFile(file)),

    /**
     * A short run that goes on from the current weights (no new ones) over `drawings`, each repeated
     * with some variety, mixed with MNIST (and pen-drawn) images: see fine-tune-data.ts and fine-tune.ts.
     */
    async fineTune(drawings: LabelledDrawing[]): Promise<void> {
      if (!data) throw new Error('MNIST is not loaded yet: fine-tuning mixes MNIST images in');
      const current = model.current();
      if (!current) throw new Error('there is no network to fine-tune yet');
      if (!drawings.length) throw new Error('there are no drawings to learn from yet');
      personChose = true;
      stop();
      const start = starts;
      const trainedWith = model.trainedWith();
      const seed = typeof trainedWith?.seed === 'number' ? trainedWith.seed | 0 : 1;
      const set = await buildFineTuneSet(drawings, data.train, drawnPool?.current() ?? null, createRng(seed), yieldToEventLoop);
      if (start !== starts || model.current() !== current) return;
      const config = fineTuneConfig(current, trainedWith, set.count, seed);
      await startSession(current, config, fixedPlan(set), 1, 'training', { purpose: 'fine-tune' });
    },

    predict: model.predict,
    readImages: model.readImages,
    getWeights: model.getWeights,
    copyModel: model.copyModel,
    readModel: model.readModel,
    readAnyModel: model.readAnyModel,
    modelOutputKind: model.modelOutputKind,
  };
}
