import { create } from 'zustand';
import { createLearnActions, learnInitialState, type LearnActions } from '../features/learn/learn-slice.ts';
import { createCompareActions, compareInitialState, type CompareActions } from '../features/compare/compare-slice.ts';
import { createInsideActions, insideInitialState, type InsideActions } from '../features/inside/inside-slice.ts';
import { createModelsActions, modelsInitialState, type ModelsActions } from '../features/models/models-slice.ts';
import { createMyDigitsActions, myDigitsInitialState, type MyDigitsActions } from '../features/my-digits/my-digits-slice.ts';
import { drawnLoadInitialState } from '../features/train/drawn-load-slice.ts';
import { createTrainActions, trainInitialState, type TrainActions } from '../features/train/train-slice.ts';
import { createTrainSpeedActions, trainSpeedInitialState, type TrainSpeedActions } from '../features/train/train-speed-slice.ts';
import { createPhoneSectionActions, phoneSectionInitialState, type PhoneSectionActions } from '../app/a11y/phone-section-slice.ts';
import { createRecoveryActions, recoveryInitialState, type RecoveryActions } from '../app/recovery/recovery-slice.ts';
import { createLinkActions, linkInitialState, type LinkActions } from '../features/link/link-slice.ts';

// The client and the features that may not import the train feature read the model's identity, and the
// state an event leads to, through the store.
export { selectEveryStep, selectModelVersion, stateAfterEvent } from '../features/train/train-slice.ts';

/** The drawing as the network sees it, and what it answered (null: the network gave no usable answer). */
export interface Prediction {
  /** 28x28 row-major, 0 paper .. 1 ink. */
  input: Float32Array;
  probabilities: number[] | null;
  /** What the outputs are: sigmoid activations in [0, 1] (not probabilities), or softmax probabilities. */
  outputs?: 'sigmoid' | 'softmax';
}

export const initialState = {
  ...trainInitialState,
  prediction: null as Prediction | null,
  /** True while a stroke is drawn or a prediction is on its way: the answer shown is not final yet. */
  strokeActive: false,
  predicting: false,
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

interface Actions extends TrainActions<State>, ModelsActions, LinkActions, MyDigitsActions, CompareActions, TrainSpeedActions, InsideActions, RecoveryActions, LearnActions, PhoneSectionActions {
  setPrediction(prediction: Prediction | null): void;
  setStrokeActive(active: boolean): void;
  setPredicting(predicting: boolean): void;
}

/** The one store: the config being edited, the run and its history, MNIST loading, the prediction, and the feature slices. */
export const useAppStore = create<State & Actions>()((set) => ({
  ...initialState,
  setPrediction: (prediction) =>
    set((s) => ({
      prediction,
      // A new drawing: the guided path's last step (its cost before and after) was about the old one.
      ...(s.learn.lastStep && prediction?.input !== s.prediction?.input ? { learn: { ...s.learn, lastStep: null } } : {}),
    })),
  setStrokeActive: (strokeActive) => set({ strokeActive }),
  setPredicting: (predicting) => set({ predicting }),
  ...createTrainActions(set),
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
