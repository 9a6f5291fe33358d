import type { MyDigit } from './my-digit.ts';

/** How many of "My digits" the model reads right. */
export interface Score {
  right: number;
  total: number;
}

/** A fine-tuning run on "My digits", as the page follows it. */
export interface FineTuneState {
  phase: 'idle' | 'running' | 'done' | 'stopped';
  /** The score before the run began, and after it ended. */
  before: Score | null;
  after: Score | null;
}

/** What the "My digits" panel or the correction buttons last did or refused, in words. */
export interface MyDigitsMessage {
  text: string;
  tone: 'ok' | 'error';
  /** Where it shows: under the correction buttons, or in the "My digits" panel. */
  about: 'keep' | 'panel';
}

export const myDigitsInitialState = {
  /** The person's labelled drawings, oldest first, as kept in IndexedDB. */
  myDigits: [] as MyDigit[],
  /** The current model's reading of each drawing, by id (null: no usable answer). */
  myDigitReadings: {} as Record<string, number | null>,
  myDigitsMessage: null as MyDigitsMessage | null,
  /** Why drawings are not kept across reloads, if they are not. */
  myDigitsStorageProblem: null as string | null,
  fineTune: { phase: 'idle', before: null, after: null } as FineTuneState,
};

type MyDigitsState = typeof myDigitsInitialState;

export interface MyDigitsActions {
  setMyDigits(myDigits: MyDigit[]): void;
  setMyDigitReadings(readings: Record<string, number | null>): void;
  setMyDigitsMessage(message: MyDigitsMessage | null): void;
  setMyDigitsStorageProblem(problem: string | null): void;
  setFineTune(patch: Partial<FineTuneState>): void;
}

const sameReadings = (a: Record<string, number | null>, b: Record<string, number | null>) =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(b).every((id) => id in a && a[id] === b[id]);

type Set = (patch: Partial<MyDigitsState> | ((s: MyDigitsState) => Partial<MyDigitsState>)) => void;

/** The "My digits" slice's actions, composed into the one store. */
export const createMyDigitsActions = (set: Set): MyDigitsActions => ({
  setMyDigits: (myDigits) => set({ myDigits }),
  // Read again at each model version while training: the list re-renders only when a reading changes.
  setMyDigitReadings: (myDigitReadings) => set((s) => (sameReadings(s.myDigitReadings, myDigitReadings) ? {} : { myDigitReadings })),
  setMyDigitsMessage: (myDigitsMessage) => set({ myDigitsMessage }),
  setMyDigitsStorageProblem: (myDigitsStorageProblem) => set({ myDigitsStorageProblem }),
  setFineTune: (patch) => set((s) => ({ fineTune: { ...s.fineTune, ...patch } })),
});
