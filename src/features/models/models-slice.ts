import type { TrainConfig } from '../../nn/types.ts';

/** A named save as the list shows it; its weights stay in storage until it is loaded. */
export interface SavedModelSummary {
  id: string;
  name: string;
  /** ms since 1970. */
  savedAt: number;
  layers: number[];
  /** A convolutional network's description; absent for a fully connected one. */
  model?: string;
  config?: Partial<TrainConfig>;
  bestTestAccuracy?: number;
  epochs?: number;
}

/** What the models panel last did or refused, in words. */
export interface ModelsMessage {
  text: string;
  tone: 'ok' | 'error';
}

export const modelsInitialState = {
  savedModels: [] as SavedModelSummary[],
  /** Why models are not kept across reloads, if they are not; null while storage works. */
  storageProblem: null as string | null,
  /** When the model in use was saved on the last visit, if it was restored from there (ms since 1970). */
  restoredAt: null as number | null,
  modelsMessage: null as ModelsMessage | null,
};

export interface ModelsActions {
  setSavedModels(savedModels: SavedModelSummary[]): void;
  setStorageProblem(problem: string | null): void;
  setModelsMessage(message: ModelsMessage | null): void;
}

type SetModels = (patch: Partial<typeof modelsInitialState>) => void;

/** The models slice's actions, composed into the one store. */
export const createModelsActions = (set: SetModels): ModelsActions => ({
  setSavedModels: (savedModels) => set({ savedModels }),
  setStorageProblem: (storageProblem) => set({ storageProblem }),
  setModelsMessage: (modelsMessage) => set({ modelsMessage }),
});
