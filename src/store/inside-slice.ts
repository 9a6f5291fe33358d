import { create } from 'zustand';
import type { ErrorReport, ExampleInfo, ExampleList } from '../worker/inspect-errors.ts';
import type { NeuronRef } from '../worker/inspect-trace.ts';

/** The three views inside the network. */
export type InsideTab = 'network' | 'features' | 'errors';

/** A test example shown in the network view instead of the drawing. */
export interface InspectedExample extends ExampleInfo {
  /** 784 values in [0, 1], as the network reads them. */
  image: Float32Array;
}

/** The error report, and what it was computed for. */
export interface ErrorState {
  report: ErrorReport | null;
  /** When the report was made, in words ("after epoch 3 of 30"). */
  madeFor: string;
  analysing: boolean;
  /** The confusion-matrix cell whose examples are listed. */
  cell: { label: number; predicted: number } | null;
  cellExamples: ExampleList | null;
}

export const initialInsideState = {
  tab: 'network' as InsideTab,
  /** The neuron whose details are shown; null until one is chosen. */
  selected: null as NeuronRef | null,
  /** Null: the network view follows the drawing pad. */
  example: null as InspectedExample | null,
  errors: { report: null, madeFor: '', analysing: false, cell: null, cellExamples: null } as ErrorState,
};

type InsideState = typeof initialInsideState;

interface InsideActions {
  setTab(tab: InsideTab): void;
  select(neuron: NeuronRef | null): void;
  showExample(example: InspectedExample | null): void;
  setErrors(patch: Partial<ErrorState>): void;
}

/**
 * State of the "look inside" views: which view, which neuron, which input, the last error report.
 * Kept apart from the app store because none of it feeds training, and the training store stays
 * as small as its many readers need. Weights and traces stay out of both: the views hold them.
 */
export const useInsideStore = create<InsideState & InsideActions>()((set) => ({
  ...initialInsideState,
  setTab: (tab) => set({ tab }),
  select: (selected) => set({ selected }),
  showExample: (example) => set({ example }),
  setErrors: (patch) => set((s) => ({ errors: { ...s.errors, ...patch } })),
}));
