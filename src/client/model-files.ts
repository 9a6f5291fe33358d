import type { ModelMetrics } from '../nn/serialize.ts';
import type { TrainConfig } from '../nn/types.ts';
import { useAppStore, type AppState } from '../store/app-store.ts';
import { firstRenderShown } from '../store/first-render.ts';
import type { ModelIdentity } from '../store/model-identity.ts';
import type { LoadedModel } from '../worker/trainer.ts';
import { trainer } from './connection.ts';
import { pageVersion } from './model-versions.ts';

/** What a loaded model is in the store: where it came from, and any state it brings back (a save's run and curves). */
export interface LoadedModelState {
  model: ModelIdentity;
  patch?: Partial<AppState>;
}

/**
 * Replaces the network with a model file's (JSON text or binary) and lets `describe` say in the store where it
 * came from. Throws the fault of a faulty file, leaving the model and the store as they were. With `first`
 * (the visit's first model) it gives way to a model the person asked for meanwhile, and answers null.
 */
export async function loadModel(file: string | Uint8Array, describe: (loaded: LoadedModel) => LoadedModelState): Promise<LoadedModel>;
export async function loadModel(file: string | Uint8Array, describe: (loaded: LoadedModel) => LoadedModelState, options: { first: boolean }): Promise<LoadedModel | null>;
export async function loadModel(file: string | Uint8Array, describe: (loaded: LoadedModel) => LoadedModelState, { first = false } = {}): Promise<LoadedModel | null> {
  return settle(await (first ? trainer().loadFirstModel(file) : trainer().loadModel(file)), describe, first);
}

/** The visit's first model, put in use by the worker (offerReadyModel), described in the store; null as the worker answered. */
export const settleFirstModel = (loaded: LoadedModel | null, describe: (loaded: LoadedModel) => LoadedModelState) => settle(loaded, describe, true);

async function settle(loaded: LoadedModel | null, describe: (loaded: LoadedModel) => LoadedModelState, first: boolean): Promise<LoadedModel | null> {
  if (!loaded) return null;
  // The visit's first model can arrive while the first render is under way: see first-render.ts.
  if (first) await firstRenderShown();
  const { model, patch } = describe(loaded);
  useAppStore.getState().modelLoaded(model, { ...patch, modelVersion: pageVersion(loaded.version) });
  return loaded;
}

/** The model in use as model-file JSON, recorded with the config and metrics given; null before there is one. */
export const exportModel = (config?: Partial<TrainConfig>, metrics?: ModelMetrics) => trainer().exportModel(config, metrics);
