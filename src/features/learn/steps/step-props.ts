import type { Lesson } from '../../../worker/learn-api.ts';

/** What every step of the path receives: the lesson for the current drawing (null without one). */
export interface StepProps {
  lesson: Lesson | null;
}
