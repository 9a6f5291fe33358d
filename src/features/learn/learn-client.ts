import { reportFailure, trainer } from '../../client/connection.ts';
import { downloadFile } from '../../mnist/download-file.ts';
import { BOOK_MOMENTS, type BookMomentId } from '../../nn/book-moments.ts';
import { argmax } from '../../nn/evaluate.ts';
import type { ExplainRequest } from '../../nn/explain.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { Landscape, Lesson, LessonBase, LessonNetwork } from '../../worker/learn-api.ts';

const store = useAppStore.getState;

/** Where a snapshot of the book's network is served (precached for offline use, like the ready model). */
export const bookMomentUrl = (id: BookMomentId) => `${import.meta.env.BASE_URL}models/${BOOK_MOMENTS.find((m) => m.id === id)!.file}`;

// One download per snapshot at a time; the worker keeps what it was sent (a new worker is sent it again).
const loading = new Map<BookMomentId, Promise<void>>();

/** Makes sure the worker holds the network the path starts from. */
function ensureBase(base: LessonBase): Promise<void> {
  if (base === 'model') return Promise.resolve();
  const known = loading.get(base);
  if (known) return known;
  const load = (async () => {
    if (await trainer().hasBookMoment(base)) return;
    await trainer().loadBookMoment(base, await downloadFile(bookMomentUrl(base)));
  })().finally(() => loading.delete(base));
  loading.set(base, load);
  return load;
}

/** The path's numbers for a drawing, computed in the worker by the network itself (its base, or the copy). */
export async function explainOnNetwork(image: Float32Array, request: ExplainRequest, on: LessonNetwork, base: LessonBase): Promise<Lesson | null> {
  await ensureBase(base);
  return trainer().explainDrawing(image, request, on, base);
}

/** The drawing's cost over two weights of the base or its copy, with the step's move on them, computed in the worker. */
export async function landscapeOnNetwork(image: Float32Array, label: number, eta: number, on: LessonNetwork, base: LessonBase): Promise<Landscape | null> {
  await ensureBase(base);
  return trainer().costLandscape(image, label, eta, on, base);
}

/** "Take one step": one gradient step on the drawing, applied to a copy of the base; the path then shows the copy. */
export async function takeOneStep(): Promise<void> {
  const { prediction, learn, setLearn } = store();
  if (!prediction || learn.label === null) return;
  try {
    await ensureBase(learn.base);
    const step = await trainer().stepCopy(prediction.input, learn.label, learn.eta, learn.base);
    if (!step) return;
    const first = step.copySteps === 1 || !learn.lastStep;
    // The cost before the first of these steps: "0.0359 → 0.00114 after 3 steps" tells what they did together.
    const startCost = first ? step.before.cost : learn.lastStep!.startCost;
    const rightBefore = first ? (argmax(step.before.outputs) === learn.label ? 0 : null) : learn.lastStep!.rightAfter;
    const rightAfter = rightBefore ?? (argmax(step.after.outputs) === learn.label ? step.copySteps : null);
    setLearn({ on: 'copy', lastStep: { ...step, startCost, rightAfter } });
  } catch (error) {
    reportFailure(error);
  }
}

/** Forgets the copy the steps trained: the path shows its base again. */
export async function backToBase(): Promise<void> {
  await trainer().dropCopy();
  store().setLearn({ on: 'base', lastStep: null });
}

/** Starts the path from another network: a moment of the book's network, or the model in use. */
export async function chooseBase(base: LessonBase): Promise<void> {
  const { learn, setLearn } = store();
  setLearn({ base, on: 'base', lastStep: null, biasShift: 0, ...(learn.neuronPicked ? { neuron: -1 } : {}) });
  try {
    await trainer().dropCopy();
  } catch (error) {
    reportFailure(error);
  }
}
