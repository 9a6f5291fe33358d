import type { Stroke } from '../../drawing/strokes.ts';
import type { learnInitialState } from '../learn/learn-slice.ts';
import type { myDigitsInitialState } from '../my-digits/my-digits-slice.ts';

/** The drawing as the network sees it, and what it answered (null: the network gave no usable answer). */
export interface Prediction {
  /** 28x28 row-major, 0 paper .. 1 ink. */
  input: Float32Array;
  probabilities: number[] | null;
  /** What the outputs are: sigmoid activations in [0, 1] (not probabilities), or softmax probabilities. */
  outputs?: 'sigmoid' | 'softmax';
}

/** The drawing on the pad and the network's answer to it. */
export const drawInitialState = {
  /** The drawing's finished strokes (pad coordinates); null when the pad is empty. The pad shows them, the network reads them, My digits keeps them. */
  drawingStrokes: null as Stroke[] | null,
  prediction: null as Prediction | null,
  /** True while a stroke is drawn or a prediction is on its way: the answer shown is not final yet. */
  strokeActive: false,
  predicting: false,
};

/** What the drawing's actions change: its own state, the word on the last digit kept, and the guided path's last step. */
type DrawState = typeof drawInitialState & Pick<typeof myDigitsInitialState, 'myDigitsMessage'> & typeof learnInitialState;

export interface DrawActions {
  setDrawingStrokes(strokes: Stroke[] | null): void;
  setPrediction(prediction: Prediction | null): void;
  setStrokeActive(active: boolean): void;
  setPredicting(predicting: boolean): void;
}

type Set = (patch: Partial<DrawState> | ((s: DrawState) => Partial<DrawState>)) => void;

/** The drawing's actions, composed into the one store. */
export const createDrawActions = (set: Set): DrawActions => ({
  // A new drawing: the word on the last one kept is done.
  setDrawingStrokes: (drawingStrokes) => set((s) => ({ drawingStrokes, myDigitsMessage: s.myDigitsMessage?.about === 'keep' ? null : s.myDigitsMessage })),
  setPrediction: (prediction) =>
    set((s) => ({
      prediction,
      // A new drawing: the guided path's last step (its cost before and after) was about the old one.
      ...(s.learn.lastStep && prediction?.input !== s.prediction?.input ? { learn: { ...s.learn, lastStep: null } } : {}),
    })),
  setStrokeActive: (strokeActive) => set({ strokeActive }),
  setPredicting: (predicting) => set({ predicting }),
});
