import type { StepOnDrawing } from '../../nn/explain.ts';
import type { LessonNetwork } from '../../worker/learn-api.ts';

/** How many steps the guided path has. */
export const LEARN_STEP_COUNT = 7;

/** The guided path "How it works": where the person is and what they chose. Weights stay in the worker. */
export interface LearnState {
  open: boolean;
  /** 0-based step. */
  step: number;
  /** The first-hidden-layer neuron the path follows (0-based); -1 until the person chooses: the worker then picks one whose z is near 0. */
  neuron: number;
  /** The digit the person says they drew; null until they say. */
  label: number | null;
  /** The what-if shift of the neuron's bias in step 2 (the model is not changed). */
  biasShift: number;
  /** The learning rate of "Take one step". */
  eta: number;
  /** The network the path shows: the model, or the copy "Take one step" has trained. */
  on: LessonNetwork;
  /** The last step taken on the copy, with the count of steps so far and the drawing's cost before the first. */
  lastStep: (StepOnDrawing & { copySteps: number; startCost: number }) | null;
}

export const learnInitialState = {
  learn: { open: false, step: 0, neuron: -1, label: null, biasShift: 0, eta: 0.5, on: 'model', lastStep: null } as LearnState,
};

type LearnSliceState = typeof learnInitialState;

export interface LearnActions {
  /** Opens the path at `step` (where the person left it last time). */
  openLearn(step: number): void;
  closeLearn(): void;
  setLearnStep(step: number): void;
  setLearn(patch: Partial<LearnState>): void;
}

const clampStep = (step: number) => (Number.isInteger(step) ? Math.min(LEARN_STEP_COUNT - 1, Math.max(0, step)) : 0);

type Set = (patch: Partial<LearnSliceState> | ((s: LearnSliceState) => Partial<LearnSliceState>)) => void;

/** The guided path's actions, composed into the one store. */
export const createLearnActions = (set: Set): LearnActions => ({
  openLearn: (step) => set((s) => ({ learn: { ...s.learn, open: true, step: clampStep(step) } })),
  closeLearn: () => set((s) => ({ learn: { ...s.learn, open: false } })),
  setLearnStep: (step) => set((s) => ({ learn: { ...s.learn, step: clampStep(step) } })),
  setLearn: (patch) => set((s) => ({ learn: { ...s.learn, ...patch } })),
});
