import { STEP_ORDER, type StepId } from './steps/step-order.ts';

const STEP_KEY = 'nn-magic.learn-step';

/** Where "Why convolution" came in: a step kept as a number from before (0-based) at or after it is one further on now. */
const ADDED_AT = STEP_ORDER.indexOf('why-conv');

/** The 0-based step a kept value names: a step id, or a number kept before the path had "Why convolution". */
export function stepOfKept(kept: string | null): number {
  const byId = STEP_ORDER.indexOf(kept as StepId);
  if (byId >= 0) return byId;
  const old = Number(kept);
  if (kept === null || !Number.isInteger(old) || old < 0 || old >= STEP_ORDER.length - 1) return 0;
  return old >= ADDED_AT ? old + 1 : old;
}

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
