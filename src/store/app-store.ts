import { create } from 'zustand';
import { DIGIT_COUNT, IMAGE_SIZE } from '../mnist/dataset.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../nn/types.ts';
import { isRunLive, type EngineInfo, type EpochEvent, type ProgressEvent, type RunStatus, type TrainerEvent } from '../protocol/trainer-events.ts';
import { createLearnActions, learnInitialState, type LearnActions } from '../features/learn/learn-slice.ts';
import { createCompareActions, compareInitialState, type CompareActions } from '../features/compare/compare-slice.ts';
import { appendCostPoint, type CostPoint } from '../features/train/cost-history.ts';
import { createInsideActions, insideInitialState, type InsideActions } from '../features/inside/inside-slice.ts';
import { createModelsActions, modelsInitialState, type ModelsActions } from '../features/models/models-slice.ts';
import { createMyDigitsActions, myDigitsInitialState, type MyDigitsActions } from '../features/my-digits/my-digits-slice.ts';
import { drawnLoadAfter, drawnLoadInitialState } from '../features/train/drawn-load-slice.ts';
import { PRESETS, type PresetId } from '../features/train/presets.ts';
import { batchCostsAfter, createTrainSpeedActions, trainSpeedInitialState, type TrainSpeedActions } from '../features/train/train-speed-slice.ts';
import { createPhoneSectionActions, phoneSectionInitialState, type PhoneSectionActions } from '../app/a11y/phone-section-slice.ts';
import { createRecoveryActions, recoveryInitialState, type RecoveryActions } from '../app/recovery/recovery-slice.ts';
import { createLinkActions, linkInitialState, type LinkActions } from '../features/link/link-slice.ts';
import { defaultWorkers } from '../features/train/workers.ts';

/** Validation and test metrics after an epoch (1-based): the worker's epoch event, kept as it came. */
export type EpochMetrics = Omit<EpochEvent, 'kind'>;

/** MNIST loading: bytes of the four files, or what failed. */
export interface LoadState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  phase: 'download' | 'decode';
  loaded: number;
  total: number;
  error: string | null;
}

/** The current (or last) run, as the worker reported it. */
export interface RunState {
  status: RunStatus;
  /** The config the run trains with; null before the first run. */
  config: TrainConfig | null;
  /** Training time, pauses excluded. */
  seconds: number;
  /** Why the run ended early, if it did. */
  message: string | null;
  /** The engine the run trains on, as the worker chose it. */
  engine: EngineInfo | null;
  /** Set when the run fine-tunes the model on "My digits" rather than training new weights. */
  purpose?: 'fine-tune';
  /** Stop was pressed and the worker has not yet said the run ended: the page already shows it ending. */
  stopping?: true;
}

/** Stop was pressed on a live run that has not ended yet. */
export const isRunStopping = (run: RunState) => isRunLive(run.status) && run.stopping === true;

/** Where the network's weights came from. */
export type ModelOrigin = 'untrained' | 'trained' | 'file';

/** The drawing as the network sees it, and what it answered (null: the network gave no usable answer). */
export interface Prediction {
  /** 28x28 row-major, 0 paper .. 1 ink. */
  input: Float32Array;
  probabilities: number[] | null;
  /** What the outputs are: sigmoid activations in [0, 1] (not probabilities), or softmax probabilities. */
  outputs?: 'sigmoid' | 'softmax';
}

export type ProgressSnapshot = Omit<ProgressEvent, 'kind'>;

export const initialState = {
  /** The config the next Train will use. */
  config: DEFAULT_CONFIG,
  load: { status: 'idle', phase: 'download', loaded: 0, total: 0, error: null } as LoadState,
  run: { status: 'idle', config: null, seconds: 0, message: null, engine: null } as RunState,
  progress: null as ProgressSnapshot | null,
  costHistory: [] as CostPoint[],
  epochs: [] as EpochMetrics[],
  modelOrigin: 'untrained' as ModelOrigin,
  /**
   * The identity of the weights in the worker: a new number whenever they change (trained, also
   * during a run, loaded, reset, fine-tuned). Every view of the model keys on it.
   */
  modelVersion: 0,
  prediction: null as Prediction | null,
  /** True while a stroke is drawn or a prediction is on its way: the answer shown is not final yet. */
  strokeActive: false,
  predicting: false,
  /** The last request the worker refused, in words. */
  error: null as string | null,
  /** Workers that share each training step (the page must be cross-origin isolated for more than 1). */
  workers: defaultWorkers(),
  ...modelsInitialState,
  ...linkInitialState,
  ...myDigitsInitialState,
  ...drawnLoadInitialState,
  ...compareInitialState,
  ...trainSpeedInitialState,
  ...insideInitialState,
  ...recoveryInitialState,
  ...phoneSectionInitialState,
  ...learnInitialState,
};

type State = typeof initialState;
/** Everything the store holds, actions aside. */
export type AppState = State;

/** The identity of the weights in the worker, for the views that key on it. */
export const selectModelVersion = (s: AppState) => s.modelVersion;
/** Watch speed or a paused run (Step): the views that follow the model show every mini-batch. */
export const selectEveryStep = (s: AppState) => s.trainSpeed === 'watch' || s.run.status === 'paused';

interface Actions extends ModelsActions, LinkActions, MyDigitsActions, CompareActions, TrainSpeedActions, InsideActions, RecoveryActions, LearnActions, PhoneSectionActions {
  setConfig(patch: Partial<TrainConfig>): void;
  applyPreset(id: PresetId): void;
  setHiddenLayerCount(count: number): void;
  setHiddenSize(index: number, size: number): void;
  /** The learning rate changed during a run: the run's config follows. */
  setLiveLearningRate(eta: number): void;
  /** Stop was pressed: the run shows as ending until the worker says it ended. */
  markRunStopping(): void;
  handleEvent(event: TrainerEvent): void;
  setLoad(patch: Partial<LoadState>): void;
  /** A model from a file, a save or the last visit answers now; `patch` brings back its curves and run. */
  modelLoaded(patch?: Partial<State>): void;
  setPrediction(prediction: Prediction | null): void;
  setStrokeActive(active: boolean): void;
  setPredicting(predicting: boolean): void;
  setError(message: string | null): void;
  setWorkers(workers: number): void;
}

const clearedHistory = { progress: null, costHistory: [], epochs: [], restoredAt: null, batchCosts: [] } satisfies Partial<State>;

function reduceEvent(state: State, event: TrainerEvent): Partial<State> {
  switch (event.kind) {
    case 'drawn':
      return { drawnLoad: drawnLoadAfter(event) };
    case 'model':
      // Versions only grow: one overtaken by a loaded model's, on another channel, is old news.
      return event.version > state.modelVersion ? { modelVersion: event.version } : {};
    case 'load':
      // Progress arrives through the proxied callback's own channel, which is not ordered with the
      // answer to loadMnist: a late event must not turn a finished (or failed) load back into
      // "loading" (the page then showed "Unpacking 70,000 images…" for good). Retry sets 'loading' first.
      if (state.load.status !== 'loading') return {};
      return { load: { ...state.load, status: 'loading', phase: event.phase, loaded: event.loaded, total: event.total } };
    case 'progress': {
      const { kind: _, ...snapshot } = event;
      const examples = event.examples - (state.progress?.examples ?? 0);
      return {
        progress: snapshot,
        costHistory: appendCostPoint(state.costHistory, { epoch: event.epoch, cost: event.cost, examples }),
        batchCosts: batchCostsAfter(state.batchCosts, event),
        run: { ...state.run, seconds: event.seconds },
      };
    }
    case 'epoch': {
      const { kind: _, ...metrics } = event;
      return { epochs: [...state.epochs, metrics], run: { ...state.run, seconds: event.seconds } };
    }
    case 'status':
      if (event.status === 'training' && event.config) {
        return { ...clearedHistory, run: { status: 'training', config: event.config, seconds: 0, message: null, engine: event.engine ?? null, purpose: event.purpose }, modelOrigin: 'trained' };
      }
      if (event.status === 'idle') return { ...clearedHistory, run: initialState.run, modelOrigin: 'untrained' };
      return { run: { ...state.run, status: event.status, seconds: event.seconds ?? state.run.seconds, message: event.message ?? null } };
  }
}

/** The store as it will be once `event` is shown: what an epoch's autosave keeps before the epoch appears. */
export const stateAfterEvent = (state: AppState, event: TrainerEvent): AppState => ({ ...state, ...reduceEvent(state, event) });

/** The one store: the config being edited, the run and its history, MNIST loading, the prediction, and the feature slices. */
export const useAppStore = create<State & Actions>()((set) => ({
  ...initialState,
  setConfig: (patch) => set((s) => ({ config: { ...s.config, ...patch } })),
  applyPreset: (id) => set({ config: PRESETS.find((p) => p.id === id)!.config }),
  setHiddenLayerCount: (count) =>
    set(({ config }) => {
      const hidden = config.layers.slice(1, -1);
      const sizes = Array.from({ length: count }, (_, i) => hidden[i] ?? hidden[hidden.length - 1] ?? 30);
      return { config: { ...config, layers: [IMAGE_SIZE, ...sizes, DIGIT_COUNT] } };
    }),
  setHiddenSize: (index, size) =>
    set(({ config }) => ({ config: { ...config, layers: config.layers.map((n, i) => (i === index + 1 ? size : n)) } })),
  setLiveLearningRate: (eta) =>
    set((s) => ({ config: { ...s.config, eta }, run: s.run.config ? { ...s.run, config: { ...s.run.config, eta } } : s.run })),
  markRunStopping: () => set((s) => (isRunLive(s.run.status) ? { run: { ...s.run, stopping: true } } : {})),
  handleEvent: (event) => set((s) => reduceEvent(s, event)),
  setLoad: (patch) => set((s) => ({ load: { ...s.load, ...patch } })),
  modelLoaded: (patch) => set({ ...clearedHistory, run: initialState.run, modelOrigin: 'file', ...patch }),
  setPrediction: (prediction) =>
    set((s) => ({
      prediction,
      // A new drawing: the guided path's last step (its cost before and after) was about the old one.
      ...(s.learn.lastStep && prediction?.input !== s.prediction?.input ? { learn: { ...s.learn, lastStep: null } } : {}),
    })),
  setStrokeActive: (strokeActive) => set({ strokeActive }),
  setPredicting: (predicting) => set({ predicting }),
  setError: (error) => set({ error }),
  setWorkers: (workers) => set({ workers }),
  ...createModelsActions(set),
  ...createLinkActions(set),
  ...createMyDigitsActions(set),
  ...createCompareActions(set),
  ...createTrainSpeedActions(set),
  ...createInsideActions(set),
  ...createRecoveryActions(set),
  ...createPhoneSectionActions(set),
  ...createLearnActions(set),
}));
