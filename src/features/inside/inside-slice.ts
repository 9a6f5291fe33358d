import type { ErrorReport, ExampleInfo, ExampleList } from '../../worker/inspect-errors.ts';
import type { NeuronRef } from '../../worker/inspect-trace.ts';

/** The three views inside the network. */
export type InsideTab = 'network' | 'features' | 'errors';

/** A test example shown in the network view instead of the drawing. */
export interface InspectedExample extends ExampleInfo {
  /** IMAGE_SIZE values in [0, 1], as the network reads them. */
  image: Float32Array;
}

/** The error report, and what it was computed for. */
export interface ErrorAnalysis {
  report: ErrorReport | null;
  /** When the report was made, in words ("after epoch 3 of 30"). */
  madeFor: string;
  analysing: boolean;
  /** The confusion-matrix cell whose examples are listed. */
  cell: { label: number; predicted: number } | null;
  cellExamples: ExampleList | null;
}

export const insideInitialState = {
  insideTab: 'network' as InsideTab,
  /** The neuron whose details are shown; null until one is chosen. */
  selectedNeuron: null as NeuronRef | null,
  /** Null: the network view follows the drawing pad. */
  inspectedExample: null as InspectedExample | null,
  errorAnalysis: { report: null, madeFor: '', analysing: false, cell: null, cellExamples: null } as ErrorAnalysis,
};

type InsideState = typeof insideInitialState;

export interface InsideActions {
  setInsideTab(tab: InsideTab): void;
  selectNeuron(neuron: NeuronRef | null): void;
  showExample(example: InspectedExample | null): void;
  setErrorAnalysis(patch: Partial<ErrorAnalysis>): void;
}

type Set = (patch: Partial<InsideState> | ((s: InsideState) => Partial<InsideState>)) => void;

/**
 * The "look inside" slice's actions, composed into the one store: which view, which neuron, which
 * input, the last error report. Weights and traces stay out of the store: the views hold them.
 */
export const createInsideActions = (set: Set): InsideActions => ({
  setInsideTab: (insideTab) => set({ insideTab }),
  selectNeuron: (selectedNeuron) => set({ selectedNeuron }),
  showExample: (inspectedExample) => set({ inspectedExample }),
  setErrorAnalysis: (patch) => set((s) => ({ errorAnalysis: { ...s.errorAnalysis, ...patch } })),
});
