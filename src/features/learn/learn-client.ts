import { reportFailure, trainer } from '../../client/connection.ts';
import type { ExplainRequest } from '../../nn/explain.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { Lesson, LessonNetwork } from '../../worker/learn-api.ts';

const store = useAppStore.getState;

/** The path's numbers for a drawing, computed in the worker by the network itself (or by the copy). */
export const explainOnNetwork = (image: Float32Array, request: ExplainRequest, on: LessonNetwork): Promise<Lesson | null> =>
  trainer().explainDrawing(image, request, on);

/** "Take one step": one gradient step on the drawing, applied to a copy of the model; the path then shows the copy. */
export async function takeOneStep(): Promise<void> {
  const { prediction, learn, setLearn } = store();
  if (!prediction || learn.label === null) return;
  try {
    const step = await trainer().stepCopy(prediction.input, learn.label, learn.eta);
    // The cost before the first of these steps: "0.0359 → 0.00114 after 3 steps" tells what they did together.
    if (step) setLearn({ on: 'copy', lastStep: { ...step, startCost: learn.lastStep?.startCost ?? step.before.cost } });
  } catch (error) {
    reportFailure(error);
  }
}

/** Forgets the copy the steps trained: the path shows the real model again. */
export async function backToModel(): Promise<void> {
  await trainer().dropCopy();
  store().setLearn({ on: 'model', lastStep: null });
}
