import { evaluateInChunks } from '../evaluate.ts';
import { decodeBase64 } from '../wasm/base64.ts';
import { RELAXED_SIMD_KERNELS, SIMD_KERNELS } from '../wasm/kernels.generated.ts';
import { webAssemblyApi, WASM_PAGE_BYTES } from '../wasm/wasm-api.ts';
import { ACTIVATION_CODES, COST_CODES } from '../wasm/wasm-engine.ts';
import { fillBatch, IMAGE_SIZE } from '../../mnist/dataset.ts';
import { dropoutRng, type ConvEngine, type ConvTrainOptions } from './conv-engine.ts';
import type { ConvNetwork } from './conv-network.ts';
import { drawDropoutMasks } from './dropout.ts';
import { shapeSize } from './model-spec.ts';
import { convKernelLayout } from './wasm-conv-layout.ts';

/** The exports of wat/conv.wat, pool.wat and conv-step.wat that the engine calls (addresses and strides in bytes). */
interface ConvKernels {
  convForward(W: number, bias: number, A: number, Z: number, count: number, c: number, h: number, k: number, kh: number, inStride: number, outStride: number, act: number, pad: number): void;
  convUpdate(W: number, bias: number, A: number, D: number, G: number, count: number, c: number, h: number, k: number, kh: number, inStride: number, outStride: number, rate: number, decay: number): void;
  poolForward(A: number, Out: number, from: number, count: number, c: number, h: number, size: number, inStride: number, outStride: number): void;
  poolBackward(D: number, from: number, Dprev: number, count: number, n: number, inStride: number, outStride: number): void;
  denseForward(W: number, bias: number, A: number, Z: number, count: number, inStride: number, outStride: number, nOut: number, act: number): void;
  denseBackward(W: number, D: number, Dprev: number, Aprev: number, count: number, inStride: number, outStride: number, nOut: number, act: number): void;
  denseUpdate(W: number, bias: number, A: number, D: number, count: number, inStride: number, outStride: number, rate: number, decay: number): void;
  output(Z: number, D: number, count: number, stride: number, nOut: number, cost: number, labels: number): number;
  derivativeRows(D: number, A: number, bytes: number, act: number): void;
  applyMask(A: number, kept: number, mask: number, bytes: number): void;
  maskDeltas(D: number, mask: number, bytes: number): void;
}

// No activation: the output layer's z (finished by "output"), or the identity below a dense layer that sits on a pooling layer.
const NO_ACTIVATION = 3;
// Evaluation runs this many images at a time, whatever the mini-batch size.
const EVAL_CHUNK = 100;

/**
 * The WebAssembly engine for a ConvNetwork (kernels in wat/conv.wat, pool.wat and the dense ones),
 * driven layer by layer from here. It trains its own copy of the weights in linear memory:
 * saveConvNetwork brings a network up to date (`net` is not changed until then). Dropout masks are
 * drawn here from the same stream as the TypeScript engine's, so the two train alike.
 */
export async function createWasmConvEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: ConvNetwork,
  capacity: number,
  { dropout, seed }: ConvTrainOptions,
): Promise<ConvEngine> {
  if (shapeSize(net.spec.input) !== IMAGE_SIZE) throw new RangeError(`the conv engine trains on ${IMAGE_SIZE}-pixel images`);
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError(`dropout must be from 0 to below 1, got ${dropout}`);
  // convUpdate keeps five accumulators, one per kernel column (wat/conv.wat).
  if (net.spec.layers.some((l) => l.kind === 'conv' && l.kernel !== 3 && l.kernel !== 5)) throw new RangeError('the WebAssembly conv kernels take 3x3 and 5x5 kernels');
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const room = Math.max(capacity, EVAL_CHUNK);
  const layout = convKernelLayout(net.spec, room, dropout > 0);
  const memory = new api.Memory({ initial: Math.ceil(layout.end / WASM_PAGE_BYTES) });
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_KERNELS : SIMD_KERNELS));
  const k = (await api.instantiate(module, { env: { memory } })).exports as unknown as ConvKernels;
  // The memory never grows, so these views stay valid.
  const floats = new Float32Array(memory.buffer);
  const bytes = new Uint8Array(memory.buffer);
  const { shapes, strides, acts, deltas } = layout;
  const last = shapes.length - 1;
  const act = ACTIVATION_CODES[net.activation];
  const nOut = shapeSize(shapes[last].output);
  const input = floats.subarray(acts[0] / 4, acts[0] / 4 + room * IMAGE_SIZE);
  const labels = bytes.subarray(layout.labels, layout.labels + room);
  // Dropout masks as the TypeScript engine draws them, [capacity][n], copied into the padded rows.
  const masks = { dropout, capacity, masks: shapes.map((s, l) => (layout.masks[l] ? new Float32Array(capacity * shapeSize(s.output)) : new Float32Array(0))) };
  const rng = dropoutRng(seed);

  /** Copies layer l's parameters between `of` and linear memory; dense weights go to their padded rows. */
  const copy = (of: ConvNetwork, l: number, intoEngine: boolean) => {
    const s = shapes[l];
    if (s.layer.kind === 'pool') return;
    const w = of.weights[l];
    const b = of.biases[l];
    const wAt = layout.weights[l] / 4;
    const bAt = layout.biases[l] / 4;
    if (s.layer.kind === 'conv') {
      if (intoEngine) floats.set(w, wAt);
      else w.set(floats.subarray(wAt, wAt + w.length));
    } else {
      const nIn = shapeSize(s.input);
      const row = strides[l] / 4;
      for (let j = 0; j < b.length; j++) {
        if (intoEngine) floats.set(w.subarray(j * nIn, (j + 1) * nIn), wAt + j * row);
        else w.set(floats.subarray(wAt + j * row, wAt + j * row + nIn), j * nIn);
      }
    }
    if (intoEngine) floats.set(b, bAt);
    else b.set(floats.subarray(bAt, bAt + b.length));
  };

  /** Every layer forward for the first `count` examples in acts[0]; the output layer keeps z. */
  const forward = (count: number, training: boolean) => {
    shapes.forEach((s, l) => {
      const [A, Z, inStride, outStride] = [acts[l], acts[l + 1], strides[l], strides[l + 1]];
      const { layer } = s;
      if (layer.kind === 'conv') {
        k.convForward(layout.weights[l], layout.biases[l], A, Z, count, s.input.depth, s.input.side, layer.maps, layer.kernel, inStride, outStride, act, 0);
      } else if (layer.kind === 'pool') {
        k.poolForward(A, Z, layout.from[l], count, s.input.depth, s.input.side, layer.size, inStride, outStride);
      } else {
        k.denseForward(layout.weights[l], layout.biases[l], A, Z, count, inStride, outStride, layer.size, l === last ? NO_ACTIVATION : act);
        if (training && layout.masks[l]) k.applyMask(Z, layout.kept[l], layout.masks[l], count * outStride);
      }
    });
  };

  /**
   * deltas[l - 1] = dC/dA for conv layer l: a 'full' correlation of its deltas with its kernels
   * turned 180 degrees, maps and channels swapped. With kh - 1 zeros around each delta map that is
   * a 'valid' one, so convForward computes it (no activation, zero biases); a scatter of each delta
   * through its weights would read and write every input value kh * kh * k times instead.
   */
  const convInputGradient = (l: number, count: number) => {
    const s = shapes[l];
    if (s.layer.kind !== 'conv') return;
    const { maps, kernel } = s.layer;
    const { depth } = s.input;
    const out = s.output.side;
    const pad = kernel - 1;
    // The padded maps' side: a 'valid' kh x kh correlation of them gives the input's side, out + kh - 1.
    const hp = out + 2 * pad;
    const w = layout.weights[l] / 4;
    const flipped = layout.flipped[l] / 4;
    for (let m = 0; m < maps; m++) for (let ch = 0; ch < depth; ch++) for (let i = 0; i < kernel; i++) for (let j = 0; j < kernel; j++) {
      floats[flipped + ((ch * maps + m) * kernel + pad - i) * kernel + pad - j] = floats[w + ((m * depth + ch) * kernel + i) * kernel + j];
    }
    // Only the interior is written: the zeros around each map stay 0.
    const D = deltas[l] / 4;
    const P = layout.padded[l] / 4;
    for (let b = 0; b < count; b++) for (let m = 0; m < maps; m++) for (let y = 0; y < out; y++) {
      const from = D + (b * strides[l + 1]) / 4 + (m * out + y) * out;
      floats.copyWithin(P + (b * layout.paddedStrides[l]) / 4 + (m * hp + y + pad) * hp + pad, from, from + out);
    }
    k.convForward(layout.flipped[l], layout.zeros[l], layout.padded[l], deltas[l - 1], count, maps, hp, depth, kernel, layout.paddedStrides[l], strides[l], NO_ACTIVATION, pad);
  };

  /** deltas[l - 1] = dC/dz of layer l - 1 (dC/d(output) for a pooling layer), from deltas[l]. */
  const backThrough = (l: number, count: number) => {
    const s = shapes[l];
    const below = l - 1;
    const [D, Dprev, inStride, outStride] = [deltas[l], deltas[below], strides[l], strides[l + 1]];
    const belowIsPool = shapes[below].layer.kind === 'pool';
    // f' at the values the layer below gave: with dropout, before the mask.
    const A = layout.kept[below] || acts[l];
    const { layer } = s;
    if (layer.kind === 'dense') {
      k.denseBackward(layout.weights[l], D, Dprev, A, count, inStride, outStride, layer.size, belowIsPool ? NO_ACTIVATION : act);
    } else {
      if (layer.kind === 'conv') convInputGradient(l, count);
      else k.poolBackward(D, layout.from[l], Dprev, count, shapeSize(s.output), inStride, outStride);
      if (!belowIsPool) k.derivativeRows(Dprev, A, count * inStride, act);
    }
    if (layout.masks[below]) k.maskDeltas(Dprev, layout.masks[below], count * inStride);
  };

  let data: Parameters<ConvEngine['setTrainingData']>[0] | undefined;
  const engine: ConvEngine = {
    kind,
    capacity,
    setTrainingData(set) {
      data = set;
    },
    trainBatch(order, start, count, eta, decay) {
      if (!data) throw new Error('trainBatch: call setTrainingData first');
      if (!(Number.isInteger(count) && count >= 1 && count <= capacity)) throw new RangeError(`trainBatch: ${count} examples, expected 1 to ${capacity}`);
      fillBatch(data, order, start, count, input, labels);
      if (dropout > 0) {
        drawDropoutMasks(masks, count, rng);
        masks.masks.forEach((mask, l) => {
          if (!mask.length) return;
          const n = shapeSize(shapes[l].output);
          for (let b = 0; b < count; b++) floats.set(mask.subarray(b * n, (b + 1) * n), (layout.masks[l] + b * strides[l + 1]) / 4);
        });
      }
      forward(count, true);
      const costSum = k.output(acts[last + 1], deltas[last], count, strides[last + 1], nOut, COST_CODES[net.cost], layout.labels);
      // Every layer's deltas first, while the weights are still those of the forward pass.
      for (let l = last; l > 0; l--) backThrough(l, count);
      const rate = eta / count;
      shapes.forEach((s, l) => {
        const { layer } = s;
        if (layer.kind === 'conv') {
          k.convUpdate(layout.weights[l], layout.biases[l], acts[l], deltas[l], layout.grads[l], count,
            s.input.depth, s.input.side, layer.maps, layer.kernel, strides[l], strides[l + 1], rate, decay);
        } else if (layer.kind === 'dense') {
          k.denseUpdate(layout.weights[l], layout.biases[l], acts[l], deltas[l], count, strides[l], strides[l + 1], rate, decay);
        }
      });
      return costSum;
    },
    evaluate(set, onPrediction) {
      const out = new Float32Array(room * nOut);
      const run = (count: number) => {
        forward(count, false);
        // The cost's value and the deltas are not used here: evaluateInChunks computes the cost from the outputs.
        k.output(acts[last + 1], deltas[last], count, strides[last + 1], nOut, COST_CODES[net.cost], layout.labels);
        const at = acts[last + 1] / 4;
        for (let b = 0; b < count; b++) out.set(floats.subarray(at + b * strides[last + 1] / 4, at + b * strides[last + 1] / 4 + nOut), b * nOut);
        return out;
      };
      return evaluateInChunks({ input, capacity: room, outputs: nOut, cost: net.cost, forward: run }, set, onPrediction);
    },
    loadConvNetwork(from) {
      shapes.forEach((_, l) => copy(from, l, true));
    },
    saveConvNetwork(to) {
      shapes.forEach((_, l) => copy(to, l, false));
    },
  };
  engine.loadConvNetwork(net);
  return engine;
}
