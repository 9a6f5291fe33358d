import { STEP_ORDER, stepOfKept } from './steps/step-order.ts';

const STEP_KEY = 'nn-magic.learn-step';

/** The step the person was at when they last left the path (0-based), or the first. */
export function rememberedStep(): number {
  try {
    return stepOfKept(localStorage.getItem(STEP_KEY));
  } catch {
    return 0;
  }
}

/** Keeps the step, by its id (a new step then does not move the person to another), so the path opens there next time (also after a reload). */
export function rememberStep(step: number): void {
  try {
    localStorage.setItem(STEP_KEY, STEP_ORDER[step]);
  } catch {
    // Storage refused (private mode, quota): the path still works, it just starts over next time.
  }
}
