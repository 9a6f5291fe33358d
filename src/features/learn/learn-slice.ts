import type { StepOnDrawing } from '../../nn/explain.ts';
import type { LessonBase, LessonNetwork } from '../../worker/learn-api.ts';
import type { ExperimentResult } from './steps/experiment-result.ts';
import { LEARN_STEP_COUNT } from './steps/step-order.ts';

/** The guided path "How it works": where the person is and what they chose. Weights stay in the worker. */
export interface LearnState {
  open: boolean;
  /** 0-based step. */
  step: number;
  /** The first-hidden-layer neuron the path follows (0-based); -1 until chosen: the worker then picks one whose z is near 0. */
  neuron: number;
  /** True when `neuron` was picked by the worker, not the person: a new drawing or network picks again. */
  neuronPicked: boolean;
  /** The network the path starts from: the book's at one moment of its training, or the model in use. */
  base: LessonBase;
  /** The digit the person says they drew; null until they say. */
  label: number | null;
  /** The what-if shift of the neuron's bias in step 2 (the model is not changed). */
  biasShift: number;
  /** The learning rate of "Take one step". */
  eta: number;
  /** The network the path shows: its base, or the copy of it "Take one step" has trained. */
  on: LessonNetwork;
  /**
   * The last step taken on the copy, with the count of steps so far, the drawing's cost before the
   * first, and after how many steps the top output first was the true digit (null: not yet; 0: it was before any).
   */
  lastStep: (StepOnDrawing & { copySteps: number; startCost: number; rightAfter: number | null }) | null;
  /** What each of the last step's experiments showed, by experiment id, the last run of each (this visit only). */
  experiments: Record<string, ExperimentResult>;
}

export const learnInitialState = {
  // η 1: the book's η 3 is for mini-batches of 10 (each image moves the weights by η/10 of its gradient);
  // on one thick mouse-drawn digit alone a step of 3 was measured to overshoot (cost 0.050 → 0.086).
  learn: { open: false, step: 0, neuron: -1, neuronPicked: false, base: 'batches-100', label: null, biasShift: 0, eta: 1, on: 'base', lastStep: null, experiments: {} } as LearnState,
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
