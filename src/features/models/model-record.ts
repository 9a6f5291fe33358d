import type { ModelMetrics } from '../../nn/serialize.ts';
import type { TrainConfig } from '../../nn/types.ts';
import type { AppState } from '../../store/app-store.ts';
import { loadedFrom, type ModelIdentity, type ModelSource } from '../../store/model-identity.ts';
import type { SavedModelSummary } from './models-slice.ts';
import { migrate, RecordError, type Migration } from './migrate.ts';
import { isRunLive } from '../../protocol/trainer-events.ts';

/** The parts of the store that belong to the model in use: its run, its curves, where it came from. */
export type KeptState = Pick<AppState, 'run' | 'progress' | 'costHistory' | 'epochs' | 'model'>;

/** The format of the records written today; older ones are migrated on reading (see MODEL_RECORD_MIGRATIONS). */
export const MODEL_RECORD_VERSION = 3;

/** A model as storage keeps it: the model file's JSON, the run and curves that made it, the controls at the time. */
export interface ModelRecord {
  version: typeof MODEL_RECORD_VERSION;
  /** The save's name (null for the session), so that a damaged list of saves can be rebuilt from the records. */
  name: string | null;
  model: string;
  state: KeptState;
  config: TrainConfig;
  /** ms since 1970. */
  savedAt: number;
}


/** The record of the model in use, given its JSON. */
export function recordFrom(state: AppState, model: string, savedAt = Date.now()): ModelRecord {
  const { run, progress, costHistory, epochs } = state;
  return { version: MODEL_RECORD_VERSION, name: null, model, state: { run, progress, costHistory, epochs, model: state.model }, config: state.config, savedAt };
}

/** A loose check of a record in today's format (the model JSON itself is checked as an imported file is, by the worker). */
export function isModelRecord(value: unknown): value is ModelRecord {
  const record = value as ModelRecord | undefined;
  return (
    typeof record === 'object' && record !== null && record.version === MODEL_RECORD_VERSION && typeof record.model === 'string' &&
    (record.name === null || typeof record.name === 'string') && typeof record.savedAt === 'number' && Number.isFinite(record.savedAt) &&
    typeof record.state === 'object' && record.state !== null && typeof record.config === 'object' && record.config !== null &&
    Array.isArray(record.state.costHistory) && Array.isArray(record.state.epochs) &&
    typeof record.state.run === 'object' && record.state.run !== null && typeof record.state.run.status === 'string' &&
    isModelIdentity(record.state.model)
  );
}

const ORIGINS = ['untrained', 'trained', 'file'];
const isModelIdentity = (value: unknown): value is ModelIdentity => {
  const model = value as ModelIdentity | undefined;
  if (typeof model !== 'object' || model === null || !ORIGINS.includes(model.origin)) return false;
  return model.origin !== 'file' || (typeof model.source === 'object' && model.source !== null && Array.isArray(model.source.layers));
};

/** Format 2 kept where the model came from in two fields, the source left behind once a run replaced a loaded model. */
function oneModelIdentity(record: Record<string, unknown>): Record<string, unknown> {
  const { modelOrigin, modelSource, ...state } = (record.state ?? {}) as { modelOrigin?: string; modelSource?: ModelSource | null };
  const model = modelOrigin === 'file' && modelSource ? { origin: 'file', source: modelSource } : { origin: modelOrigin === 'untrained' ? 'untrained' : 'trained' };
  return { ...record, state: { ...state, model } };
}

/** Format 1 (until this change) had no name: the name lived only in the list of saves. */
export const MODEL_RECORD_MIGRATIONS: readonly Migration[] = [
  { from: 1, up: (record) => ({ ...record, name: null }) },
  { from: 2, up: oneModelIdentity },
];

/** A stored model record brought to today's format and checked; throws a RecordError saying why it cannot be read. */
export function readModelRecord(value: unknown): ModelRecord {
  const record = migrate(value, MODEL_RECORD_VERSION, MODEL_RECORD_MIGRATIONS);
  if (!isModelRecord(record)) throw new RecordError('some of its fields are missing or of the wrong type');
  return record;
}

/** The store as it was; a run the reload cut short shows as stopped, since its training cannot go on. */
export function stateToRestore(record: ModelRecord): Partial<AppState> {
  const { run } = record.state;
  if (!isRunLive(run.status)) return { ...record.state };
  const message = 'A reload of the page interrupted it; Train starts a new run.';
  return { ...record.state, run: { ...run, status: 'stopped', message } };
}

/** The best test accuracy the model reached, from its curves or, for a loaded model, its file. */
export function bestTestAccuracy(state: Pick<AppState, 'epochs' | 'model'>): number | undefined {
  const file = loadedFrom(state.model);
  if (file) return file.metrics?.bestTestAccuracy;
  return state.epochs.length ? Math.max(...state.epochs.map((e) => e.test.accuracy)) : undefined;
}

/**
 * The test accuracy of the very weights in use, when it is known: the last epoch's for a trained
 * network (the weights are those after it, not the best epoch's), a file's recorded final figure.
 */
export function testAccuracyInUse(state: Pick<AppState, 'epochs' | 'model'>): number | undefined {
  const file = loadedFrom(state.model);
  if (file) {
    const final = file.metrics?.finalTestAccuracy;
    return typeof final === 'number' ? final : undefined;
  }
  return state.epochs.at(-1)?.test.accuracy;
}

/** The settings the model in use was trained with, as far as they are known. */
export function modelConfig(state: AppState): Partial<TrainConfig> | undefined {
  if (state.model.origin === 'file') return state.model.source.config;
  return state.run.config ?? state.config;
}

/** What the model in use achieved, for its file. */
export function modelMetrics(state: AppState): ModelMetrics | undefined {
  if (state.model.origin === 'file') return state.model.source.metrics;
  if (!state.epochs.length) return undefined;
  const best = state.epochs.reduce((b, e) => (e.test.accuracy > b.test.accuracy ? e : b));
  return { bestTestAccuracy: best.test.accuracy, bestEpoch: best.epoch, finalTestAccuracy: state.epochs.at(-1)!.test.accuracy, epochsTrained: state.epochs.length, trainingData: 'mnist' };
}

/** How the list of saves shows a record. */
export function summaryOf(id: string, name: string, record: ModelRecord): SavedModelSummary {
  const state = record.state;
  const file = loadedFrom(state.model);
  const layers = file?.layers ?? (state.run.config ?? record.config).layers;
  const model = file ? file.model : (state.run.config ?? record.config).model;
  const config = file ? file.config : (state.run.config ?? undefined);
  const epochs = file ? file.metrics?.epochsTrained : state.epochs.length;
  return { id, name, savedAt: record.savedAt, layers, ...(model === undefined ? {} : { model }), config, bestTestAccuracy: bestTestAccuracy(state), epochs };
}
