import type { ModelMetrics } from '../nn/serialize.ts';
import type { TrainConfig } from '../nn/types.ts';

/** Where a model that was not trained in this page came from. */
export interface ModelSource {
  /** 'ready-dense': the fully connected ready model, offered beside the (convolutional) ready model. */
  kind: 'ready' | 'ready-dense' | 'import' | 'saved';
  /** The file name, the save's name, or the shipped model's name. */
  name: string;
  layers: number[];
  /** A convolutional network's description (TrainConfig.model); absent for a fully connected one. */
  model?: string;
  config?: Partial<TrainConfig>;
  metrics?: ModelMetrics;
}

/**
 * Where the weights in the worker came from: new (untrained), trained in this page (its run and
 * curves say how), or loaded, with what is known of the file, save or shipped model. One value,
 * so that a source is never left behind from an earlier model.
 */
export type ModelIdentity =
  /** `model`: new convolutional weights' description, which no run holds yet. */
  | { origin: 'untrained'; model?: string }
  | { origin: 'trained' }
  | { origin: 'file'; source: ModelSource };

/** New weights, before any training. */
export const UNTRAINED: ModelIdentity = { origin: 'untrained' };

/** The file, save or shipped model the weights came from; undefined for weights made in this page. */
export const loadedFrom = (model: ModelIdentity): ModelSource | undefined => (model.origin === 'file' ? model.source : undefined);

/**
 * The description of the model in use when it is convolutional; undefined when it is fully
 * connected. A loaded model's file says; new or trained weights come from the run's config.
 */
export const convModelInUse = (s: { model: ModelIdentity; run: { config: Pick<TrainConfig, 'model'> | null } }): string | undefined =>
  s.model.origin === 'file' ? s.model.source.model : s.model.origin === 'untrained' ? s.model.model : s.run.config?.model;
