import type { MnistSplit } from '../mnist/dataset.ts';
import { parseAnyBinaryModel } from '../nn/binary-model.ts';
import { parseAnyModel } from '../nn/serialize.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../nn/types.ts';
import { createRng } from '../nn/rng.ts';
import { fixedPlan } from '../nn/training-session.ts';
import { planEpochData } from '../training-data/epoch-data.ts';
import type { DrawnPool } from './drawn-data.ts';
import { isConvNetwork } from '../nn/conv/any-network.ts';
import { formatModel } from '../nn/conv/parse-model.ts';
import { createEmitter } from './event-emitter.ts';
import { createModelHolder } from './model-holder.ts';
import type { LoadEvent } from '../protocol/trainer-events.ts';
import { buildFineTuneSet, type LabelledDrawing } from './fine-tune-data.ts';
import { fineTuneConfig } from './fine-tune.ts';
import { createRunControl } from './run-control.ts';
import { checkedConfig, freshNetwork } from './trainer-config.ts';
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
 * The trainer the worker exposes: it owns the data, the model in use and the run (run-control.ts),
 * and decides what a run trains: new weights (Train, Step), the weights in use (fine-tuning), or
 * none (a model file, Reset). The page sends intents; the worker answers through one listener
 * registered with connect().
 */
export function createTrainer(loadData: LoadData, drawnPool?: DrawnPool) {
  const { connect, emit, nextVersion } = createEmitter();
  const model = createModelHolder();
  const adoptNetwork = model.adopt;
  let data: MnistSplit | null = null;
  let loading: Promise<MnistSplit> | null = null;
  const control = createRunControl(emit, () => data);
  // The person has asked for a model of their own (Train, Step, Reset, a file, fine-tuning): the
  // visit's first model, still on its way, gives way to it. Kept here, where the requests arrive in
  // the order they were made, so the page keeps no count of its own.
  let personChose = false;
  // Whether the last visit's model came back as this visit's first: the ready model then stays out.
  let lastVisitsBack = false;

  /** Starts a run from new weights drawn from the config's seed; false when something newer came first. */
  const startFresh = async (requested: TrainConfig, workers: number, status: 'training' | 'paused') => {
    const config = checkedConfig(requested);
    if (!data) throw new Error('MNIST is not loaded yet');
    const start = control.newStart();
    let pool = null;
    if (config.trainingData === 'mnist+drawn') {
      if (!drawnPool) throw new Error('the pen-drawn digits are not available here');
      pool = await drawnPool.get((progress) => emit({ kind: 'drawn', ...progress }));
      if (start !== control.latestStart()) return false;
    }
    const fresh = freshNetwork(config);
    // The run walks every example of an epoch's set: MNIST's trainSize images plus the drawn ones.
    const plan = planEpochData(config, data.train, pool);
    return control.startSession(fresh, config, plan, Math.max(1, workers | 0), status, {}, () => adoptNetwork(fresh, config));
  };

  /** Makes a model file's network the one in use, ending any run. */
  const adoptModelFile = (file: string | Uint8Array): LoadedModel => {
    const loaded = typeof file === 'string' ? parseAnyModel(file) : parseAnyBinaryModel(file);
    // Silently: the page sets its state once this returns (an event could land after that and undo it).
    control.endSilently();
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

    pause: control.pause,
    resume: control.resume,
    stop: control.stop,
    setSpeed: control.setSpeed,

    /**
     * Trains exactly one mini-batch and leaves the run paused: pauses a run in progress first, and
     * with no run in progress starts one from the config (paused) and takes its first step.
     */
    stepOnce(requested: TrainConfig, workers = 1): Promise<void> {
      personChose = true;
      return control.step(() => startFresh(requested, workers, 'paused'));
    },

    setLearningRate: control.setLearningRate,

    /** Ends any run and starts over with new, untrained weights from the config's seed. */
    reset(requested: TrainConfig): void {
      const config = checkedConfig(requested);
      personChose = true;
      control.stop();
      control.forget();
      adoptNetwork(freshNetwork(config), config);
      emit({ kind: 'status', status: 'idle', config });
    },

    /** Replaces the network with a model file's (JSON text, or the binary form: src/nn/binary-model.ts), after checking all of it; throws a message naming the fault. */
    loadModel(file: string | Uint8Array): LoadedModel {
      const loaded = adoptModelFile(file);
      personChose = true;
      return loaded;
    },

    /** As loadModel, for the visit's first model from storage (the last visit's): null, and nothing done, once the person has asked for a model. */
    loadFirstModel(file: string | Uint8Array): LoadedModel | null {
      if (personChose) return null;
      const loaded = adoptModelFile(file);
      lastVisitsBack = true;
      return loaded;
    },

    /**
     * The ready model, offered as the visit's first the moment it has downloaded, while the page may
     * still be reading storage for the last visit's model (a median 86 ms beside a first visit's
     * first render: models/storage.ts): put in use unless that one is back already (loadFirstModel,
     * which also replaces it should it come later) or the person has asked for a model. Null when
     * not used.
     */
    offerReadyModel(file: Uint8Array): LoadedModel | null {
      return personChose || lastVisitsBack ? null : adoptModelFile(file);
    },

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
      control.stop();
      const start = control.latestStart();
      const trainedWith = model.trainedWith();
      const seed = typeof trainedWith?.seed === 'number' ? trainedWith.seed | 0 : 1;
      const set = await buildFineTuneSet(drawings, data.train, drawnPool?.current() ?? null, createRng(seed), yieldToEventLoop);
      if (start !== control.latestStart() || model.current() !== current) return;
      const config = fineTuneConfig(current, trainedWith, set.count, seed);
      await control.startSession(current, config, fixedPlan(set), 1, 'training', { purpose: 'fine-tune' });
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
