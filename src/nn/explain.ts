import { activate, exampleCost } from './activation.ts';
import { attribute, type Attribution } from './attribution.ts';
import { createScratch, trainBatch } from './batch.ts';
import { hiddenVotes, type HiddenVotes } from './hidden-votes.ts';
import { traceForward } from './inspect.ts';
import { cloneNetwork, type Network } from './network.ts';

/** One first-hidden-layer neuron on one drawing: what it weighs, what it sums, what it outputs. */
export interface NeuronOnDrawing {
  index: number;
  /** Its 784 incoming weights, one per pixel (row-major 28x28). */
  weights: Float32Array;
  bias: number;
  /** products[p] = weights[p] * pixel[p]: how much each pixel pushed z up or down. */
  products: Float32Array;
  /** Weighted input z = w . a + b. */
  z: number;
  /** Its activation f(z). */
  activation: number;
  /** The bias moved by `biasShift` (a what-if; the network is not changed): z + shift and f(z + shift). */
  shiftedZ: number;
  shiftedActivation: number;
  /** The same z, and z + shift, through a perceptron's step and through σ: why learning uses the smooth one (Nielsen ch. 1). */
  versus: StepVersusSigmoid;
}

/** A perceptron's output step(z) = z > 0 ? 1 : 0 beside a sigmoid neuron's σ(z), at z and at z + biasShift. */
export interface StepVersusSigmoid {
  step: number;
  shiftedStep: number;
  sigmoid: number;
  shiftedSigmoid: number;
}

/** How wrong the outputs are for the true digit, and the gradient backpropagation finds for it. */
export interface LearningOnDrawing {
  label: number;
  /** desired[i] = 1 at the true digit, 0 elsewhere. */
  desired: Float32Array;
  /** The cost of this one drawing, with the cost the network trains with (no L2 term). */
  cost: number;
  /** dC/dz of the ten outputs: the errors that flow back. */
  outputDeltas: Float32Array;
  /** dC/dz of every neuron of the first hidden layer. */
  hiddenDeltas: Float32Array;
  /** dC/dw of the chosen neuron's 784 weights (row-major 28x28). */
  weightGradient: Float32Array;
  /** dC/db of the chosen neuron. */
  biasGradient: number;
}

/** Everything the guided path shows for one drawing on one network. */
export interface DrawingExplanation {
  layers: number[];
  activation: Network['activation'];
  cost: Network['cost'];
  /** activations[0]: the 784 pixels; activations[l]: layer l. */
  activations: Float32Array[];
  /** zs[l]: weighted inputs of layer l + 1. */
  zs: Float32Array[];
  neuron: NeuronOnDrawing;
  /** Why the network gives its answer: gradient × input of its top output. */
  why: Attribution;
  /** The first hidden layer's strongest votes for the answer, with only those few neurons' weights. */
  votes: HiddenVotes;
  /** Null until the true digit is known. */
  learning: LearningOnDrawing | null;
}

/** What to explain: which hidden neuron, the true digit if known, and a what-if shift of that neuron's bias. */
export interface ExplainRequest {
  /** A first-hidden-layer neuron (0-based); negative: the one whose z is nearest 0, where its activation responds most to a change. */
  neuron: number;
  label: number | null;
  biasShift: number;
}

/** The training step itself (trainBatch) on a mini-batch of one, in place on `net`; its scratch holds each layer's deltas. */
function trainOnOne(net: Network, image: Float32Array, label: number, eta: number) {
  const scratch = createScratch(net.layers, 1);
  scratch.acts[0].set(image.subarray(0, net.layers[0]));
  scratch.labels[0] = label;
  trainBatch(net, scratch, 1, eta, 1);
  return scratch;
}

/**
 * One first-hidden-layer neuron's weight and bias gradients for one labelled drawing, from the very
 * backpropagation that trains: one step with eta = 1 and no decay moves each parameter by exactly
 * minus its gradient. Also returns the output layer's and the first hidden layer's deltas (dC/dz).
 */
function neuronGradient(net: Network, image: Float32Array, label: number, index: number) {
  const stepped = cloneNetwork(net);
  const { deltas } = trainOnOne(stepped, image, label, 1);
  const nIn = net.layers[0];
  const row = index * nIn;
  const weights = net.weights[0].slice(row, row + nIn);
  for (let p = 0; p < nIn; p++) weights[p] -= stepped.weights[0][row + p];
  return {
    weights,
    bias: net.biases[0][index] - stepped.biases[0][index],
    outputDeltas: deltas[deltas.length - 1].slice(),
    hiddenDeltas: deltas[0].slice(),
  };
}

/**
 * dC/dw of every weight for one labelled drawing, shaped as net.weights, from the training step
 * itself: with eta = 1 and no decay it moves each weight by exactly minus its gradient.
 */
export function weightGradients(net: Network, image: Float32Array, label: number): Float32Array[] {
  const stepped = cloneNetwork(net);
  trainOnOne(stepped, image, label, 1);
  return net.weights.map((w, l) => w.map((v, i) => v - stepped.weights[l][i]));
}

/** The cost of one drawing for the true digit `label`, with the network's own cost function. */
export function drawingCost(net: Network, image: Float32Array, label: number): { outputs: Float32Array; cost: number } {
  const { activations } = traceForward(net, image);
  const outputs = activations[activations.length - 1];
  return { outputs, cost: exampleCost(outputs, 0, outputs.length, label, net.cost) };
}

const activationOf = (activation: Network['activation'], z: number) => {
  const value = Float32Array.of(z);
  activate(value, 1, activation);
  return value[0];
};

/** A perceptron's step: it fires (1) when z is above 0, else 0 (Nielsen ch. 1 takes z <= 0 as 0). */
export const stepOf = (z: number) => (z > 0 ? 1 : 0);

/** The neuron's z and z + shift through the step and through σ, whatever the network's own activation. */
export const stepVersusSigmoid = (z: number, shiftedZ: number): StepVersusSigmoid => ({
  step: stepOf(z),
  shiftedStep: stepOf(shiftedZ),
  sigmoid: activationOf('sigmoid', z),
  shiftedSigmoid: activationOf('sigmoid', shiftedZ),
});

/** The index of the value nearest 0. */
function nearestZero(values: Float32Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i]) < Math.abs(values[best])) best = i;
  return best;
}

/** How many hidden neurons the path shows with their weights: enough to see several, few enough to send on every drawing. */
export const VOTERS_SHOWN = 4;

/** The guided path's numbers for `image` (784 values in [0, 1]) on `net`, which is not changed. */
export function explainDrawing(net: Network, image: Float32Array, request: ExplainRequest): DrawingExplanation {
  const trace = traceForward(net, image);
  const { activations, zs } = trace;
  const why = attribute(net, image, undefined, trace);
  const votes = hiddenVotes(net, trace, VOTERS_SHOWN);
  const nIn = net.layers[0];
  const index = request.neuron < 0 ? nearestZero(zs[0]) : Math.min(request.neuron | 0, net.layers[1] - 1);
  const weights = net.weights[0].slice(index * nIn, (index + 1) * nIn);
  const pixels = activations[0];
  const z = zs[0][index];
  const shiftedZ = z + request.biasShift;
  const neuron: NeuronOnDrawing = {
    index,
    weights,
    bias: net.biases[0][index],
    products: weights.map((w, p) => w * pixels[p]),
    z,
    activation: activations[1][index],
    shiftedZ,
    shiftedActivation: activationOf(net.activation, shiftedZ),
    versus: stepVersusSigmoid(z, shiftedZ),
  };
  const label = request.label;
  if (label === null || !(label >= 0 && label < net.layers[net.layers.length - 1])) {
    return { layers: net.layers.slice(), activation: net.activation, cost: net.cost, activations, zs, neuron, why, votes, learning: null };
  }
  const outputs = activations[activations.length - 1];
  const gradient = neuronGradient(net, image, label, index);
  const learning: LearningOnDrawing = {
    label,
    desired: outputs.map((_, i) => (i === label ? 1 : 0)),
    cost: exampleCost(outputs, 0, outputs.length, label, net.cost),
    outputDeltas: gradient.outputDeltas,
    hiddenDeltas: gradient.hiddenDeltas,
    weightGradient: gradient.weights,
    biasGradient: gradient.bias,
  };
  return { layers: net.layers.slice(), activation: net.activation, cost: net.cost, activations, zs, neuron, why, votes, learning };
}

/** The outputs and the cost of one drawing before and after one gradient step. */
export interface StepOnDrawing {
  before: { outputs: Float32Array; cost: number };
  after: { outputs: Float32Array; cost: number };
}

/** One gradient-descent step on one labelled drawing, in place on `net` (give it a copy): the training step itself, on a mini-batch of one. */
export function stepOnDrawing(net: Network, image: Float32Array, label: number, eta: number): StepOnDrawing {
  const before = drawingCost(net, image, label);
  trainOnOne(net, image, label, eta);
  return { before, after: drawingCost(net, image, label) };
}
