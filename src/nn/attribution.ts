import { multiplyByDerivative } from './activation.ts';
import { argmax } from './evaluate.ts';
import { traceForward, type ForwardTrace } from './inspect.ts';
import type { Network } from './network.ts';

/** Why the network gave an answer: how each input pixel moves one output, to first order. */
export interface Attribution {
  /** The output explained (0-based): the network's answer unless another was asked for. */
  output: number;
  /** Its activation a_k for this input: a probability only for softmax outputs. */
  activation: number;
  /** The output layer: sigmoid (quadratic and cross-entropy costs) or softmax (log-likelihood). */
  outputKind: 'sigmoid' | 'softmax';
  /** gradient[p] = ∂a_k/∂x_p, one per input pixel (row-major 28x28). */
  gradient: Float32Array;
  /**
   * values[p] = ∂a_k/∂x_p · x_p (gradient × input): to first order, how much a_k would fall if
   * pixel p's ink faded to nothing. Positive: that ink pushed a_k up; 0 where there is no ink.
   */
  values: Float32Array;
}

/**
 * ∂a_k/∂z of the output layer. A sigmoid output depends on its own z only: a_k(1 - a_k) at k, 0
 * elsewhere. A softmax output depends on every z: a_k(δ_jk - a_j), so raising another digit's z
 * lowers a_k.
 */
function outputSensitivity(outputs: Float32Array, k: number, softmax: boolean): Float32Array {
  const ak = outputs[k];
  const delta = new Float32Array(outputs.length);
  if (!softmax) delta[k] = ak * (1 - ak);
  else for (let j = 0; j < outputs.length; j++) delta[j] = ak * ((j === k ? 1 : 0) - outputs[j]);
  return delta;
}

/**
 * Gradient × input for output `k` (the network's answer when absent) on `image` (784 values in
 * [0, 1]): backpropagation as in training, but started from a_k itself instead of a cost, and
 * carried one layer further down, to the pixels. One backward pass, after the forward pass `trace`
 * (computed here when not given); `net` is not changed.
 */
export function attribute(net: Network, image: Float32Array, k?: number, trace: ForwardTrace = traceForward(net, image)): Attribution {
  const { activations } = trace;
  const last = net.layers.length - 1;
  const outputs = activations[last];
  const output = k ?? argmax(outputs);
  const outputKind = net.cost === 'log-likelihood' ? 'softmax' : 'sigmoid';
  let delta = outputSensitivity(outputs, output, outputKind === 'softmax');
  // delta holds ∂a_k/∂z of layer l + 1; W^T delta is ∂a_k/∂a of layer l, and f'(z) turns it into ∂a_k/∂z.
  for (let l = last - 1; l >= 0; l--) {
    const nIn = net.layers[l];
    const nOut = net.layers[l + 1];
    const W = net.weights[l];
    const below = new Float32Array(nIn);
    for (let j = 0; j < nOut; j++) {
      const d = delta[j];
      if (d === 0) continue;
      for (let i = 0; i < nIn; i++) below[i] += W[j * nIn + i] * d;
    }
    // The pixels have no activation function: ∂a_k/∂x is W^T delta itself.
    if (l > 0) multiplyByDerivative(below, activations[l], nIn, net.activation);
    delta = below;
  }
  const pixels = activations[0];
  return { output, activation: outputs[output], outputKind, gradient: delta, values: delta.map((g, p) => g * pixels[p]) };
}

/** The pixels that pushed the output hardest: the largest positive value and the most negative (null if none is). */
export function strongestPushes(values: Float32Array): { up: number | null; down: number | null } {
  let up: number | null = null;
  let down: number | null = null;
  for (let p = 0; p < values.length; p++) {
    if (values[p] > 0 && (up === null || values[p] > values[up])) up = p;
    if (values[p] < 0 && (down === null || values[p] < values[down])) down = p;
  }
  return { up, down };
}
