import { transfer } from 'comlink';
import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { explainDrawing, stepOnDrawing, type DrawingExplanation, type ExplainRequest, type StepOnDrawing } from '../nn/explain.ts';
import { checkLearningRate } from '../nn/config-limits.ts';
import { cloneNetwork, type Network } from '../nn/network.ts';

/** Which of the two networks the path explains: the model in use, or the copy "Take one step" trains. */
export type LessonNetwork = 'model' | 'copy';

/** An explanation, with how many steps the copy it was computed on has taken (0 for the model). */
export interface Lesson extends DrawingExplanation {
  on: LessonNetwork;
  copySteps: number;
}

const buffersOf = (lesson: DrawingExplanation) => {
  const { neuron, learning } = lesson;
  const buffers = [...lesson.activations, ...lesson.zs, neuron.weights, neuron.products];
  if (learning) buffers.push(learning.desired, learning.outputDeltas, learning.hiddenDeltas, learning.weightGradient);
  return buffers.map((a) => a.buffer);
};

/**
 * The worker methods behind the guided path "How it works": the model's own forward pass and
 * backpropagation on the person's drawing, and single gradient steps on a copy of the model
 * (the model itself is never changed here). `current` returns the model in use, not a copy: only
 * read here (an explanation per model version while training must not copy the weights each time).
 */
export function createLearnApi(current: () => Network | null) {
  let copy: Network | null = null;
  let copySteps = 0;

  return {
    /** The path's numbers for a 28x28 drawing, on the model or on the copy; null without a network or a drawing. */
    explainDrawing(image: Float32Array, request: ExplainRequest, on: LessonNetwork): Lesson | null {
      const net = on === 'copy' && copy ? copy : current();
      if (!net || image.length !== IMAGE_SIZE) return null;
      const lesson: Lesson = { ...explainDrawing(net, image, request), on: net === copy ? 'copy' : 'model', copySteps: net === copy ? copySteps : 0 };
      return transfer(lesson, buffersOf(lesson));
    },

    /** One gradient step on the drawing, applied to the copy (made from the model at the first step). */
    stepCopy(image: Float32Array, label: number, eta: number): (StepOnDrawing & { copySteps: number }) | null {
      checkLearningRate(eta);
      if (!(Number.isInteger(label) && label >= 0 && label <= 9)) throw new Error(`the true digit must be 0 to 9, got ${label}`);
      if (image.length !== IMAGE_SIZE) return null;
      if (!copy) {
        const model = current();
        if (!model) return null;
        copy = cloneNetwork(model);
      }
      const step = stepOnDrawing(copy, image, label, eta);
      copySteps++;
      return transfer({ ...step, copySteps }, [step.before.outputs.buffer, step.after.outputs.buffer]);
    },

    /** Forgets the copy: the path goes back to the real model. */
    dropCopy(): void {
      copy = null;
      copySteps = 0;
    },

    /** What the model's outputs are: sigmoid activations in [0, 1], or softmax probabilities; null without a network. */
    outputKind(): 'sigmoid' | 'softmax' | null {
      const net = current();
      return net ? (net.cost === 'log-likelihood' ? 'softmax' : 'sigmoid') : null;
    },
  };
}
