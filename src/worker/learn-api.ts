import { transfer } from 'comlink';
import { outputKindOf } from '../nn/conv/any-network.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { parseBinaryModel } from '../nn/binary-model.ts';
import { BOOK_MOMENTS, type BookMomentId } from '../nn/book-moments.ts';
import { costSurface, steepestWeights, surfaceSpan, weightIndex, type CostSurface, type WeightAt } from '../nn/cost-surface.ts';
import { drawingCost, explainDrawing, stepOnDrawing, weightGradients, type DrawingExplanation, type ExplainRequest, type StepOnDrawing } from '../nn/explain.ts';
import { checkLearningRate } from '../nn/config-limits.ts';
import { cloneNetwork, type Network } from '../nn/network.ts';

/** Which network the path explains: the one it starts from (its base), or the copy "Take one step" trains. */
export type LessonNetwork = 'base' | 'copy';

/** What the path starts from: the book's first network at one moment of its training, or the model in use. */
export type LessonBase = BookMomentId | 'model';

/** An explanation, with the base it was computed from and how many steps the copy has taken (0 on the base itself). */
export interface Lesson extends DrawingExplanation {
  on: LessonNetwork;
  base: LessonBase;
  copySteps: number;
}

/** The drawing's cost over two weights of the network the path shows, with where a step goes on it. */
export interface Landscape extends CostSurface {
  on: LessonNetwork;
  copySteps: number;
  layers: number[];
  /** The drawing's cost where the network is: the surface's centre. */
  cost: number;
  /** The two weights after one more step of η (w − η × gradient), all else as now. */
  next: [number, number];
  /** On the copy: the two weights before its last step and the drawing's cost then (all 23,860-odd numbers as they were); else null. */
  last: { from: [number, number]; cost: number } | null;
}

const valuesAt = (net: Network, axes: readonly WeightAt[]) => axes.map((w) => net.weights[w.layer][weightIndex(net.layers, w)]) as [number, number];

const buffersOf = (lesson: DrawingExplanation) => {
  const { neuron, learning, why, votes } = lesson;
  const buffers = [...lesson.activations, ...lesson.zs, neuron.weights, neuron.products, why.gradient, why.values, ...votes.voters.map((v) => v.weights)];
  if (learning) buffers.push(learning.desired, learning.outputDeltas, learning.hiddenDeltas, learning.weightGradient);
  return buffers.map((a) => a.buffer);
};

/**
 * The worker methods behind the guided path "How it works": a network's own forward pass and
 * backpropagation on the person's drawing, and single gradient steps on a copy of it (the network
 * itself is never changed here). The path starts from a snapshot of the book's network or from the
 * model in use. `current` returns the model in use, not a copy: only read here (an explanation per
 * model version while training must not copy the weights each time).
 */
export function createLearnApi(current: () => Network | null) {
  const moments = new Map<BookMomentId, Network>();
  let copy: { from: LessonBase; net: Network } | null = null;
  let copySteps = 0;
  // The copy as it was before its last step: where the landscape's arrow starts.
  let beforeLastStep: Network | null = null;
  const baseNetwork = (base: LessonBase) => (base === 'model' ? current() : (moments.get(base) ?? null));

  return {
    /** Keeps a snapshot of the book's network (public/models/book-*.bin, read by the page) for the path to start from. */
    loadBookMoment(id: BookMomentId, bytes: Uint8Array): void {
      if (!BOOK_MOMENTS.some((m) => m.id === id)) throw new Error(`no such moment of the book’s network: ${id}`);
      moments.set(id, parseBinaryModel(bytes).net);
    },

    /** Whether the snapshot `id` is here already (the page then need not fetch it). */
    hasBookMoment: (id: BookMomentId): boolean => moments.has(id),

    /** The path's numbers for a 28x28 drawing, on the base or on the copy made from it; null without that network or a drawing. */
    explainDrawing(image: Float32Array, request: ExplainRequest, on: LessonNetwork, base: LessonBase = 'model'): Lesson | null {
      const onCopy = on === 'copy' && copy?.from === base;
      const net = onCopy ? copy!.net : baseNetwork(base);
      if (!net || image.length !== IMAGE_SIZE) return null;
      const lesson: Lesson = { ...explainDrawing(net, image, request), on: onCopy ? 'copy' : 'base', base, copySteps: onCopy ? copySteps : 0 };
      return transfer(lesson, buffersOf(lesson));
    },

    /** One gradient step on the drawing, applied to the copy (made from the base at the first step). */
    stepCopy(image: Float32Array, label: number, eta: number, base: LessonBase = 'model'): (StepOnDrawing & { copySteps: number }) | null {
      checkLearningRate(eta);
      if (!(Number.isInteger(label) && label >= 0 && label <= 9)) throw new Error(`the true digit must be 0 to 9, got ${label}`);
      if (image.length !== IMAGE_SIZE) return null;
      if (copy?.from !== base) {
        const from = baseNetwork(base);
        if (!from) return null;
        copy = { from: base, net: cloneNetwork(from) };
        copySteps = 0;
      }
      beforeLastStep = cloneNetwork(copy.net);
      const step = stepOnDrawing(copy.net, image, label, eta);
      copySteps++;
      return transfer({ ...step, copySteps }, [step.before.outputs.buffer, step.after.outputs.buffer]);
    },

    /** Forgets the copy: the path goes back to its base. */
    dropCopy(): void {
      copy = null;
      copySteps = 0;
      beforeLastStep = null;
    },

    /**
     * The drawing's cost over two weights, on the base or its copy: the two into different neurons
     * with the largest gradient on the base (so they stay the same while the copy takes steps), over
     * a span set by η and that gradient. Null without that network or a drawing.
     */
    costLandscape(image: Float32Array, label: number, eta: number, on: LessonNetwork, base: LessonBase = 'model'): Landscape | null {
      checkLearningRate(eta);
      const from = baseNetwork(base);
      const onCopy = on === 'copy' && copy?.from === base;
      const net = onCopy ? copy!.net : from;
      if (!from || !net || image.length !== IMAGE_SIZE || !(label >= 0 && label < net.layers[net.layers.length - 1])) return null;
      const baseGradients = weightGradients(from, image, label);
      const axes = steepestWeights(from.layers, baseGradients) as [WeightAt, WeightAt];
      const span = surfaceSpan(eta, axes.map((w) => baseGradients[w.layer][weightIndex(from.layers, w)]));
      const surface = costSurface(net, image, label, axes, span);
      const gradients = weightGradients(net, image, label);
      const next = surface.centre.map((c, k) => c - eta * gradients[axes[k].layer][weightIndex(net.layers, axes[k])]) as [number, number];
      const previous = onCopy ? beforeLastStep : null;
      const landscape: Landscape = {
        ...surface,
        on: onCopy ? 'copy' : 'base',
        copySteps: onCopy ? copySteps : 0,
        layers: net.layers.slice(),
        cost: drawingCost(net, image, label).cost,
        next,
        last: previous ? { from: valuesAt(previous, axes), cost: drawingCost(previous, image, label).cost } : null,
      };
      return transfer(landscape, [landscape.costs.buffer]);
    },

    /** What the model's outputs are: sigmoid activations in [0, 1], or softmax probabilities; null without a network. */
    outputKind(): 'sigmoid' | 'softmax' | null {
      const net = current();
      return net ? outputKindOf(net) : null;
    },
  };
}
