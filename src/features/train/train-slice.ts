import { DIGIT_COUNT, IMAGE_SIZE } from '../../mnist/dataset.ts';
import { DEFAULT_CONFIG, type TrainConfig } from '../../nn/types.ts';
import { UNTRAINED, type ModelIdentity } from '../../store/model-identity.ts';
import { isRunLive, type EngineInfo, type EpochEvent, type ProgressEvent, type RunStatus, type TrainerEvent } from '../../protocol/trainer-events.ts';
import type { CostPoint } from './cost-history.ts';
import { PRESETS, type PresetId } from './presets.ts';
import { clearedHistory, IDLE_RUN, reduceEvent, type TrainEventState } from './train-events.ts';
import { defaultWorkers } from './workers.ts';

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

export type ProgressSnapshot = Omit<ProgressEvent, 'kind'>;

/** The training state: the config being edited, the run and its history, MNIST loading, the model's identity. */
export const trainInitialState = {
  /** The config the next Train will use. */
  config: DEFAULT_CONFIG,
  load: { status: 'idle', phase: 'download', loaded: 0, total: 0, error: null } as LoadState,
  run: IDLE_RUN,
  progress: null as ProgressSnapshot | null,
  costHistory: [] as CostPoint[],
  epochs: [] as EpochMetrics[],
  /** Where the weights in use came from (a file's source with them). */
  model: UNTRAINED,
  /**
   * The identity of the weights in the worker: a new number whenever they change (trained, also
   * during a run, loaded, reset, fine-tuned). Every view of the model keys on it.
   */
  modelVersion: 0,
  /** The last request the worker refused, in words. */
  error: null as string | null,
  /** Workers that share each training step (the page must be cross-origin isolated for more than 1). */
  workers: defaultWorkers(),
};

/** The identity of the weights in the worker, for the views that key on it. */
export const selectModelVersion = (s: Pick<TrainEventState, 'modelVersion'>) => s.modelVersion;
/** Watch speed or a paused run (Step): the views that follow the model show every mini-batch. */
export const selectEveryStep = (s: Pick<TrainEventState, 'trainSpeed' | 'run'>) => s.trainSpeed === 'watch' || s.run.status === 'paused';

/** The state as it will be once `event` is shown: what an epoch's autosave keeps before the epoch appears. */
export const stateAfterEvent = <S extends TrainEventState>(state: S, event: TrainerEvent): S => ({ ...state, ...reduceEvent(state, event) });

/** The training actions; `Whole` is the store's state, which a loaded model's patch may bring back any of. */
export interface TrainActions<Whole = TrainEventState> {
  setConfig(patch: Partial<TrainConfig>): void;
  applyPreset(id: PresetId): void;
  setHiddenLayerCount(count: number): void;
  setHiddenSize(index: number, size: number): void;
  /** Stop was pressed (true): the run shows as ending until the worker says it ended; false: the worker refused, Stop may be pressed again. */
  markRunStopping(stopping: boolean): void;
  handleEvent(event: TrainerEvent): void;
  setLoad(patch: Partial<LoadState>): void;
  /** A model from a file, a save or the last visit answers now; `patch` brings back its curves and run. */
  modelLoaded(model: ModelIdentity, patch?: Partial<Whole>): void;
  setError(message: string | null): void;
  setWorkers(workers: number): void;
}

type Set = (patch: Partial<TrainEventState> | ((s: TrainEventState) => Partial<TrainEventState>)) => void;

/** The training slice's actions, composed into the one store. */
export const createTrainActions = (set: Set): TrainActions => ({
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
  markRunStopping: (stopping) =>
    set((s) => {
      if (!isRunLive(s.run.status)) return {};
      const { stopping: _, ...run } = s.run;
      return { run: stopping ? { ...run, stopping: true } : run };
    }),
  handleEvent: (event) => set((s) => reduceEvent(s, event)),
  setLoad: (patch) => set((s) => ({ load: { ...s.load, ...patch } })),
  modelLoaded: (model, patch) => set({ ...clearedHistory, run: IDLE_RUN, ...patch, model }),
  setError: (error) => set({ error }),
  setWorkers: (workers) => set({ workers }),
});
