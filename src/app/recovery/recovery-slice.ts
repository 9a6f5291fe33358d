/** What the page recovered from: records set aside, a worker restarted. */
export const recoveryInitialState = {
  /** One sentence per kind of record storage held that could not be read and was set aside. */
  setAsideNotes: [] as string[],
  /** Said once when the training worker stopped and a new one took over; null otherwise. */
  workerNotice: null as string | null,
};

type RecoveryState = typeof recoveryInitialState;

export interface RecoveryActions {
  /** Adds a sentence to the notice (the same one twice shows once). */
  noteSetAside(note: string): void;
  dismissSetAsideNotes(): void;
  setWorkerNotice(notice: string | null): void;
}

type Set = (patch: Partial<RecoveryState> | ((s: RecoveryState) => Partial<RecoveryState>)) => void;

/** The recovery slice's actions, composed into the one store. */
export const createRecoveryActions = (set: Set): RecoveryActions => ({
  noteSetAside: (note) => set((s) => (s.setAsideNotes.includes(note) ? {} : { setAsideNotes: [...s.setAsideNotes, note] })),
  dismissSetAsideNotes: () => set({ setAsideNotes: [] }),
  setWorkerNotice: (workerNotice) => set({ workerNotice }),
});
