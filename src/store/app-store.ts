import { create } from 'zustand';
import { createDrawActions, drawInitialState, type DrawActions } from '../features/draw/draw-slice.ts';
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

export const initialState = {
  ...trainInitialState,
  ...drawInitialState,
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

type Actions = TrainActions<State> & DrawActions & ModelsActions & LinkActions & MyDigitsActions & CompareActions & TrainSpeedActions & InsideActions & RecoveryActions & LearnActions & PhoneSectionActions;

/** The one store, assembled from the features' and the app's slices. */
export const useAppStore = create<State & Actions>()((set) => ({
  ...initialState,
  ...createTrainActions(set),
  ...createDrawActions(set),
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
