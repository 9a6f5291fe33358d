// Counts the person's requests that change the model in use (Train, Step, Reset, a loaded file),
// counted as they are made, before the worker answers: the visit's first model gives way to them.
let modelChoices = 0;

/** The person asked to change the model in use. */
export const countModelChoice = () => void modelChoices++;
/** How many requests to change the model the person has made so far. */
export const modelChoicesMade = () => modelChoices;
