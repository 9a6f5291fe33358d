import { shapeSize } from './model-spec.ts';
import type { ConvKernelLayout } from './wasm-conv-layout.ts';

/** The exports of wat/conv.wat, pool.wat and conv-step.wat that the passes call (addresses and strides in bytes). */
export interface ConvKernels {
  convForward(W: number, bias: number, A: number, Z: number, count: number, c: number, h: number, k: number, kh: number, inStride: number, outStride: number, act: number): void;
  convInputGradient(W: number, D: number, Dprev: number, R: number, count: number, c: number, h: number, k: number, kh: number, inStride: number, outStride: number): void;
  convUpdate(W: number, bias: number, A: number, D: number, count: number, c: number, h: number, k: number, kh: number, inStride: number, outStride: number, rate: number, decay: number): void;
  poolForward(A: number, Out: number, from: number, count: number, c: number, h: number, size: number, inStride: number, outStride: number): void;
  poolBackward(D: number, from: number, Dprev: number, A: number, count: number, c: number, h: number, size: number, inStride: number, outStride: number, act: number): void;
  denseForward(W: number, bias: number, A: number, Z: number, count: number, inStride: number, outStride: number, nOut: number, act: number): void;
  denseBackward(W: number, D: number, Dprev: number, Aprev: number, count: number, inStride: number, outStride: number, nOut: number, act: number): void;
  denseUpdate(W: number, bias: number, A: number, D: number, count: number, inStride: number, outStride: number, from: number, to: number, rate: number, decay: number): void;
  output(Z: number, D: number, count: number, stride: number, nOut: number, cost: number, labels: number): number;
  outputEach(Z: number, D: number, count: number, stride: number, nOut: number, cost: number, labels: number, costs: number): void;
  derivativeRows(D: number, A: number, bytes: number, act: number): void;
  applyMask(A: number, kept: number, mask: number, bytes: number): void;
  maskDeltas(D: number, mask: number, bytes: number): void;
}

// No activation: the output layer's z (finished by "output"), or the identity below a dense layer that sits on a pooling layer.
const NO_ACTIVATION = 3;
const roundUp4 = (n: number) => Math.ceil(n / 4) * 4;

/** Party `party`'s share [from, to) of n units cut into `parties` near-equal runs (maybe empty). */
export const shareOf = (n: number, party: number, parties: number): [number, number] => [Math.floor((party * n) / parties), Math.floor(((party + 1) * n) / parties)];

/**
 * A step of the WebAssembly conv engine, cut where several threads can share it (conv-split-engine.ts):
 * the forward and backward passes of a range of examples (each example's values depend on no other's),
 * and a party's share of the update (each weight's gradient sums over every example, so the update
 * is cut by maps and neurons instead). One thread runs all of it for the whole batch. Either way each
 * value is computed by the same kernel calls in the same order, so the weights agree bit for bit.
 */
export interface ConvPasses {
  /** Every layer forward for examples from .. from + count - 1 in acts[0]; the output layer keeps z. */
  forward(from: number, count: number, training: boolean): void;
  /**
   * Writes every conv layer's kernels as convForward reads them, and the later conv layers' kernels
   * turned for their input gradients: before any pass that reads weights changed since.
   */
  arrangeKernels(): void;
  /**
   * The output layer's cost and deltas, then every layer's deltas, for those examples; example b's
   * cost goes to the layout's costs[b]. `party` names the thread (its scratch), 0 when alone.
   */
  backward(from: number, count: number, party?: number): void;
  /** Party `party` of `parties` runs the forward pass of its share of `count` examples, and when training the backward pass too. */
  examples(count: number, party: number, parties: number, training: boolean): void;
  /** Party `party` of `parties` updates its share of every layer from the deltas of `count` examples; rate = eta / count. */
  update(count: number, rate: number, decay: number, party: number, parties: number): void;
}

/** The passes over the engine's linear memory (viewed as `floats`), laid out by `layout`. */
export function convPasses(k: ConvKernels, floats: Float32Array, layout: ConvKernelLayout, act: number, cost: number): ConvPasses {
  const { shapes, strides, acts, deltas } = layout;
  const last = shapes.length - 1;
  const nOut = shapeSize(shapes[last].output);
  /** Example b's values in a buffer of `stride` bytes per example. */
  const at = (buffer: number, stride: number, b: number) => buffer + b * stride;

  /** deltas[l - 1] = dC/dz of layer l - 1 (dC/d(output) for a pooling layer), from deltas[l]. */
  const backThrough = (l: number, from: number, count: number, party: number) => {
    const { layer } = shapes[l];
    const below = l - 1;
    const [inStride, outStride] = [strides[l], strides[l + 1]];
    const [D, Dprev] = [at(deltas[l], outStride, from), at(deltas[below], inStride, from)];
    const belowIsPool = shapes[below].layer.kind === 'pool';
    // f' at the values the layer below gave: with dropout, before the mask.
    const A = at(layout.kept[below] || acts[l], inStride, from);
    if (layer.kind === 'dense') {
      k.denseBackward(layout.weights[l], D, Dprev, A, count, inStride, outStride, layer.size, belowIsPool ? NO_ACTIVATION : act);
    } else {
      const { depth, side } = shapes[l].input;
      if (layer.kind === 'conv') {
        k.convInputGradient(layout.kernelRows[l], D, Dprev, layout.gathered[l] + party * layout.gatheredBytes[l], count, depth, side, layer.maps, layer.kernel, inStride, outStride);
        if (!belowIsPool) k.derivativeRows(Dprev, A, count * inStride, act);
      } else {
        // Only the values each window took get a delta: the kernel multiplies those by f' itself.
        k.poolBackward(D, at(layout.from[l], outStride, from), Dprev, A, count, depth, side, layer.size, inStride, outStride, belowIsPool ? NO_ACTIVATION : act);
      }
    }
    if (layout.masks[below]) k.maskDeltas(Dprev, at(layout.masks[below], inStride, from), count * inStride);
  };

  const passes: ConvPasses = {
    forward(from, count, training) {
      shapes.forEach((s, l) => {
        const [inStride, outStride] = [strides[l], strides[l + 1]];
        const [A, Z] = [at(acts[l], inStride, from), at(acts[l + 1], outStride, from)];
        const { layer } = s;
        if (layer.kind === 'conv') {
          k.convForward(layout.arranged[l], layout.biases[l], A, Z, count, s.input.depth, s.input.side, layer.maps, layer.kernel, inStride, outStride, act);
        } else if (layer.kind === 'pool') {
          k.poolForward(A, Z, at(layout.from[l], outStride, from), count, s.input.depth, s.input.side, layer.size, inStride, outStride);
        } else {
          k.denseForward(layout.weights[l], layout.biases[l], A, Z, count, inStride, outStride, layer.size, l === last ? NO_ACTIVATION : act);
          if (training && layout.masks[l]) k.applyMask(Z, at(layout.kept[l], outStride, from), at(layout.masks[l], outStride, from), count * outStride);
        }
      });
    },

    arrangeKernels() {
      shapes.forEach((s, l) => {
        if (s.layer.kind !== 'conv') return;
        const { maps, kernel } = s.layer;
        const { depth } = s.input;
        const w = layout.weights[l] / 4;
        const arranged = layout.arranged[l] / 4;
        const maps4 = roundUp4(maps);
        const taps = depth * kernel * kernel;
        for (let m = 0; m < maps; m++) for (let t = 0; t < taps; t++) floats[arranged + t * maps4 + m] = floats[w + m * taps + t];
        // A later layer's kernels for its input gradient: each map's as one row of roundUp4(taps).
        if (l > 0) for (let m = 0; m < maps; m++) floats.copyWithin(layout.kernelRows[l] / 4 + m * roundUp4(taps), w + m * taps, w + (m + 1) * taps);
      });
    },

    backward(from, count, party = 0) {
      const stride = strides[last + 1];
      k.outputEach(at(acts[last + 1], stride, from), at(deltas[last], stride, from), count, stride, nOut, cost, layout.labels + from, layout.costs + 8 * from);
      for (let l = last; l > 0; l--) backThrough(l, from, count, party);
    },

    examples(count, party, parties, training) {
      const [from, to] = shareOf(count, party, parties);
      if (to === from) return;
      passes.forward(from, to - from, training);
      if (training) passes.backward(from, to - from, party);
    },

    update(count, rate, decay, party, parties) {
      shapes.forEach((s, l) => {
        const { layer } = s;
        const [inStride, outStride] = [strides[l], strides[l + 1]];
        if (layer.kind === 'conv') {
          const [m0, m1] = shareOf(layer.maps, party, parties);
          if (m1 === m0) return;
          const { depth, side } = s.input;
          const kernelFloats = depth * layer.kernel * layer.kernel;
          const mapBytes = 4 * s.output.side * s.output.side;
          // Map m's kernels, bias and deltas start m maps in.
          k.convUpdate(layout.weights[l] + 4 * m0 * kernelFloats, layout.biases[l] + 4 * m0, acts[l], deltas[l] + m0 * mapBytes,
            count, depth, side, m1 - m0, layer.kernel, inStride, outStride, rate, decay);
        } else if (layer.kind === 'dense') {
          // Whole blocks of 4 neurons (16 bytes of a delta row), as the kernel updates them.
          const [q0, q1] = shareOf(outStride / 16, party, parties);
          if (q1 > q0) k.denseUpdate(layout.weights[l], layout.biases[l], acts[l], deltas[l], count, inStride, outStride, 16 * q0, 16 * q1, rate, decay);
        }
      });
    },
  };
  return passes;
}
