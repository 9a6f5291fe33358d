import type { CompareConfig, CompareSide, FrameworkSettings, SideEpoch, SideEvent, SideProgress } from './sides/compare-api.ts';
import { COMPARE_DEFAULT_FORM, type CompareForm } from './compare-form.ts';

/** Where one side of the comparison is: its worker starting, training, or the run's end. */
export type SideStatus = 'idle' | 'loading' | 'ready' | 'training' | 'done' | 'stopped' | 'error';

/** One side as the compare view shows it. */
export interface SideState {
  status: SideStatus;
  /** The engine the side trains on, once its worker is ready. */
  engine: string | null;
  /** The latest progress of the current epoch; null before the first arrives. */
  progress: SideProgress | null;
  /** Every epoch the run finished, in order. */
  epochs: SideEpoch[];
  /** What went wrong, when status is 'error'. */
  message: string | null;
}

const idleSide: SideState = { status: 'idle', engine: null, progress: null, epochs: [], message: null };

export const compareInitialState = {
  /** The settings the next "Run both" uses. */
  compareForm: COMPARE_DEFAULT_FORM,
  compareSides: { ours: idleSide, framework: idleSide } as Record<CompareSide, SideState>,
  /** The config of the current (or last) comparison run; null before the first. */
  compareRun: null as CompareConfig | null,
  /** Why "Run both" did not start, in words. */
  compareMessage: null as string | null,
};

type CompareState = typeof compareInitialState;

export interface CompareActions {
  setCompareForm(patch: Partial<Omit<CompareForm, 'framework'>>): void;
  setFrameworkSettings(patch: Partial<FrameworkSettings>): void;
  setCompareMessage(message: string | null): void;
  /** A side's worker changed state (started, ready with its engine, failed). */
  setSide(side: CompareSide, patch: Partial<SideState>): void;
  /** A run starts: both sides' curves start over. */
  compareRunStarted(config: CompareConfig): void;
  compareEvent(side: CompareSide, event: SideEvent): void;
  /** The view closed and its workers ended: the sides go back to idle, the settings stay. */
  compareClosed(): void;
}

function reduceSideEvent(state: SideState, event: SideEvent): SideState {
  // A side in error stays so (its message stands) until the next run starts it afresh.
  const failed = state.status === 'error';
  switch (event.type) {
    case 'progress':
      return { ...state, status: failed ? 'error' : 'training', progress: event.progress };
    case 'engine':
      return { ...state, engine: event.engine };
    case 'epoch':
      return { ...state, epochs: [...state.epochs, event.epoch] };
    case 'done':
      return { ...state, status: failed ? 'error' : 'done' };
    case 'error':
      return { ...state, status: 'error', message: event.message };
  }
}

type Set = (patch: Partial<CompareState> | ((s: CompareState) => Partial<CompareState>)) => void;

const patchSide = (s: CompareState, side: CompareSide, next: (state: SideState) => SideState) => ({
  compareSides: { ...s.compareSides, [side]: next(s.compareSides[side]) },
});

/** The compare slice's actions, composed into the one store. */
export const createCompareActions = (set: Set): CompareActions => ({
  setCompareForm: (patch) => set((s) => ({ compareForm: { ...s.compareForm, ...patch }, compareMessage: null })),
  setFrameworkSettings: (patch) => set((s) => ({ compareForm: { ...s.compareForm, framework: { ...s.compareForm.framework, ...patch } } })),
  setCompareMessage: (compareMessage) => set({ compareMessage }),
  setSide: (side, patch) => set((s) => patchSide(s, side, (state) => ({ ...state, ...patch }))),
  compareRunStarted: (config) =>
    set((s) => {
      const fresh = (state: SideState): SideState => ({ ...state, progress: null, epochs: [], message: null });
      return { compareRun: config, compareMessage: null, compareSides: { ours: fresh(s.compareSides.ours), framework: fresh(s.compareSides.framework) } };
    }),
  compareEvent: (side, event) => set((s) => patchSide(s, side, (state) => reduceSideEvent(state, event))),
  compareClosed: () => set({ compareSides: compareInitialState.compareSides, compareRun: null, compareMessage: null }),
});
