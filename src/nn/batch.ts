import { activate, activateOutput, exampleCost, multiplyByDerivative, outputDelta } from './activation.ts';
import { denseBackward, denseForward, denseUpdate } from './dense.ts';
import type { Network } from './network.ts';

/** Buffers for one mini-batch, allocated once per network and batch capacity. */
export interface Scratch {
  capacity: number;
  /** acts[l]: row-major [capacity][layers[l]]; acts[0] is the input, scaled to [0, 1]. */
  acts: Float32Array[];
  /** deltas[l]: dC/dz of layer l + 1, row-major [capacity][layers[l + 1]]. */
  deltas: Float32Array[];
  /** labels of the examples in the batch. */
  labels: Uint8Array;
  /** The input columns non-zero in some example of the batch (the first nonZeroCount). */
  nonZero: Int32Array;
  nonZeroCount: number;
  /** 0, 1, 2, ...: every column, for the layers after the first. */
  allColumns: Int32Array;
}

/** Scratch buffers for mini-batches of up to `capacity` examples. */
export function createScratch(layers: readonly number[], capacity: number): Scratch {
  return {
    capacity,
    acts: layers.map((n) => new Float32Array(capacity * n)),
    deltas: layers.slice(1).map((n) => new Float32Array(capacity * n)),
    labels: new Uint8Array(capacity),
    nonZero: new Int32Array(layers[0]),
    nonZeroCount: 0,
    allColumns: Int32Array.from({ length: Math.max(...layers) }, (_, i) => i),
  };
}

/**
 * Lists the input columns that are non-zero in at least one of the batch's examples. About 80% of
 * an MNIST image is blank paper, so skipping columns that are zero throughout roughly halves the
 * work of the first layer for a mini-batch of 10.
 */
function nonZeroColumns(scratch: Scratch, count: number): number {
  const input = scratch.acts[0];
  const nIn = input.length / scratch.capacity;
  const cols = scratch.nonZero;
  let n = 0;
  for (let k = 0; k < nIn; k++) {
    for (let b = 0; b < count; b++) {
      if (input[b * nIn + k] !== 0) {
        cols[n++] = k;
        break;
      }
    }
  }
  scratch.nonZeroCount = n;
  return n;
}

/** Forward pass for the first `count` inputs in scratch.acts[0]; returns the output activations. */
export function forwardBatch(net: Network, scratch: Scratch, count: number): Float32Array {
  const { layers } = net;
  const last = layers.length - 2;
  for (let l = 0; l <= last; l++) {
    const out = scratch.acts[l + 1];
    const cols = l === 0 ? scratch.nonZero : scratch.allColumns;
    const nCols = l === 0 ? nonZeroColumns(scratch, count) : layers[l];
    denseForward(net.weights[l], net.biases[l], scratch.acts[l], out, count, layers[l], layers[l + 1], cols, nCols);
    if (l < last) activate(out, count * layers[l + 1], net.activation);
    else activateOutput(out, count, layers[l + 1], net.cost);
  }
  return scratch.acts[last + 1];
}

/**
 * One SGD step on the mini-batch in scratch (inputs and labels): forward, backpropagation, update.
 * Returns the summed cost of the batch's examples before the step (without the L2 term).
 */
export function trainBatch(net: Network, scratch: Scratch, count: number, eta: number, decay: number): number {
  const { layers } = net;
  const last = layers.length - 2;
  const out = forwardBatch(net, scratch, count);
  const nOut = layers[last + 1];
  const outDelta = scratch.deltas[last];
  let costSum = 0;
  for (let b = 0; b < count; b++) {
    const label = scratch.labels[b];
    costSum += exampleCost(out, b * nOut, nOut, label, net.cost);
    outputDelta(outDelta, out, b * nOut, nOut, label, net.cost);
  }
  // Deltas of every layer first, while the weights are still those of the forward pass.
  for (let l = last; l > 0; l--) {
    denseBackward(net.weights[l], scratch.deltas[l], scratch.deltas[l - 1], count, layers[l], layers[l + 1]);
    multiplyByDerivative(scratch.deltas[l - 1], scratch.acts[l], count * layers[l], net.activation);
  }
  const rate = eta / count;
  for (let l = 0; l <= last; l++) {
    const cols = l === 0 ? scratch.nonZero : scratch.allColumns;
    const nCols = l === 0 ? scratch.nonZeroCount : layers[l];
    denseUpdate(net.weights[l], net.biases[l], scratch.acts[l], scratch.deltas[l], count, layers[l], layers[l + 1], rate, decay, cols, nCols);
  }
  return costSum;
}
