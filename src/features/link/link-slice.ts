/** What the opened link asked for that the page ignored. */
export const linkInitialState = {
  /** Settings in the opened link that were out of range and ignored. */
  linkProblems: [] as string[],
};

export interface LinkActions {
  setLinkProblems(problems: string[]): void;
}

type SetLink = (patch: Partial<typeof linkInitialState>) => void;

/** The link slice's action, composed into the one store. */
export const createLinkActions = (set: SetLink): LinkActions => ({
  setLinkProblems: (linkProblems) => set({ linkProblems }),
});
