import { activate, activateOutput, exampleCost, multiplyByDerivative, outputDelta } from '../activation.ts';
import { denseBackward, denseForward, denseUpdate } from '../dense.ts';
import { convBackward, convForward, convUpdate } from './conv-layer.ts';
import type { ConvNetwork } from './conv-network.ts';
import { convGeometry, poolGeometry, type ConvScratch } from './conv-scratch.ts';
import { applyMask, maskDeltas } from './dropout.ts';
import { poolBackward, poolForward } from './max-pool.ts';
import { shapeSize } from './model-spec.ts';

/**
 * Forward pass for the first `count` inputs in scratch.acts[0]; returns the output activations.
 * Conv and hidden dense layers apply the network's activation (a conv layer before its pooling, as
 * in the book); the output layer follows the cost. `training` applies the dropout masks in scratch
 * (drawDropoutMasks draws them); evaluation leaves it false.
 */
export function forwardConvBatch(net: ConvNetwork, scratch: ConvScratch, count: number, training = false): Float32Array {
  const { shapes, acts } = scratch;
  const last = shapes.length - 1;
  for (let l = 0; l <= last; l++) {
    const s = shapes[l];
    const inSize = shapeSize(s.input);
    const outSize = shapeSize(s.output);
    const out = acts[l + 1];
    switch (s.layer.kind) {
      case 'conv':
        convForward(convGeometry(s), net.weights[l], net.biases[l], acts[l], out, count);
        activate(out, count * outSize, net.activation);
        break;
      case 'pool':
        poolForward(poolGeometry(s), acts[l], out, scratch.from[l], count);
        break;
      case 'dense':
        denseForward(net.weights[l], net.biases[l], acts[l], out, count, inSize, outSize, scratch.allColumns, inSize);
        if (l === last) activateOutput(out, count, outSize, net.cost);
        else {
          activate(out, count * outSize, net.activation);
          if (training && scratch.masks[l].length) applyMask(out, scratch.kept[l], scratch.masks[l], count * outSize);
        }
        break;
    }
  }
  return acts[last + 1];
}

/** deltas[l - 1] = dC/d(output of layer l - 1), from deltas[l]: back through layer l's weights or pooling. */
function backThrough(net: ConvNetwork, scratch: ConvScratch, l: number, count: number): void {
  const s = scratch.shapes[l];
  const { deltas } = scratch;
  switch (s.layer.kind) {
    case 'conv':
      convBackward(convGeometry(s), net.weights[l], deltas[l], deltas[l - 1], count);
      break;
    case 'pool':
      poolBackward(poolGeometry(s), deltas[l], scratch.from[l], deltas[l - 1], count);
      break;
    case 'dense':
      denseBackward(net.weights[l], deltas[l], deltas[l - 1], count, shapeSize(s.input), shapeSize(s.output));
      break;
  }
}

/**
 * One SGD step on the mini-batch in scratch (inputs, labels and, with dropout, the masks drawn for
 * it): forward, backpropagation, update with decay = 1 - eta * lambda / n (L2, on weights only).
 * Returns the summed cost of the batch's examples before the step (without the L2 term).
 */
export function trainConvBatch(net: ConvNetwork, scratch: ConvScratch, count: number, eta: number, decay: number): number {
  const { shapes, acts, deltas } = scratch;
  const last = shapes.length - 1;
  const out = forwardConvBatch(net, scratch, count, true);
  const nOut = shapeSize(shapes[last].output);
  let costSum = 0;
  for (let b = 0; b < count; b++) {
    const label = scratch.labels[b];
    costSum += exampleCost(out, b * nOut, nOut, label, net.cost);
    outputDelta(deltas[last], out, b * nOut, nOut, label, net.cost);
  }
  // Every layer's deltas first, while the weights are still those of the forward pass.
  for (let l = last; l > 0; l--) {
    backThrough(net, scratch, l, count);
    const below = l - 1;
    const n = count * shapeSize(shapes[below].output);
    // A pooling layer has no activation: its deltas are dC/d(output) already.
    if (shapes[below].layer.kind === 'pool') continue;
    if (scratch.masks[below].length) {
      maskDeltas(deltas[below], scratch.masks[below], n);
      multiplyByDerivative(deltas[below], scratch.kept[below], n, net.activation);
    } else {
      multiplyByDerivative(deltas[below], acts[l], n, net.activation);
    }
  }
  const rate = eta / count;
  for (let l = 0; l <= last; l++) {
    const s = shapes[l];
    if (s.layer.kind === 'conv') convUpdate(convGeometry(s), net.weights[l], net.biases[l], acts[l], deltas[l], count, rate, decay);
    if (s.layer.kind === 'dense') {
      const nIn = shapeSize(s.input);
      denseUpdate(net.weights[l], net.biases[l], acts[l], deltas[l], count, nIn, shapeSize(s.output), rate, decay, scratch.allColumns, nIn);
    }
  }
  return costSum;
}
