import { LEARN_STEP_COUNT } from './learn-slice.ts';

const STEP_KEY = 'nn-magic.learn-step';

/** The step the person was at when they last left the path (0-based), or the first. */
export function rememberedStep(): number {
  try {
    const step = Number(localStorage.getItem(STEP_KEY));
    return Number.isInteger(step) && step >= 0 && step < LEARN_STEP_COUNT ? step : 0;
  } catch {
    return 0;
  }
}

/** Keeps the step, so the path opens there next time (also after a reload). */
export function rememberStep(step: number): void {
  try {
    localStorage.setItem(STEP_KEY, String(step));
  } catch {
    // Storage refused (private mode, quota): the path still works, it just starts over next time.
  }
}
