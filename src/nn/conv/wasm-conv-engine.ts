import { evaluateInChunks } from '../evaluate.ts';
import { decodeBase64 } from '../wasm/base64.ts';
import { RELAXED_SIMD_KERNELS, SIMD_KERNELS } from '../wasm/kernels.generated.ts';
import { webAssemblyApi, WASM_PAGE_BYTES, type WasmMemory } from '../wasm/wasm-api.ts';
import { ACTIVATION_CODES, COST_CODES } from '../wasm/wasm-engine.ts';
import { fillBatch, IMAGE_SIZE } from '../../mnist/dataset.ts';
import { dropoutRng, type ConvEngine, type ConvTrainOptions } from './conv-engine.ts';
import type { ConvNetwork } from './conv-network.ts';
import { drawDropoutMasks } from './dropout.ts';
import { shapeSize } from './model-spec.ts';
import { convKernelLayout, type ConvKernelLayout } from './wasm-conv-layout.ts';
import { convPasses, type ConvKernels, type ConvPasses } from './wasm-conv-passes.ts';

// Evaluation runs this many images at a time, whatever the mini-batch size.
const EVAL_CHUNK = 100;

/** Throws where the WebAssembly conv kernels cannot train `net` (or the dropout is out of range). */
export function checkWasmConvNetwork(net: ConvNetwork, dropout: number): void {
  if (shapeSize(net.spec.input) !== IMAGE_SIZE) throw new RangeError(`the conv engine trains on ${IMAGE_SIZE}-pixel images`);
  if (!(dropout >= 0 && dropout < 1)) throw new RangeError(`dropout must be from 0 to below 1, got ${dropout}`);
  // The model description allows these two sizes, and the kernels are tested on them.
  if (net.spec.layers.some((l) => l.kind === 'conv' && l.kernel !== 3 && l.kernel !== 5)) throw new RangeError('the WebAssembly conv kernels take 3x3 and 5x5 kernels');
}

/** The engine's buffers for mini-batches of up to `capacity` examples (evaluation takes EVAL_CHUNK at a time). */
export const wasmConvLayout = (net: ConvNetwork, capacity: number, dropout: number, parties = 1) => convKernelLayout(net.spec, Math.max(capacity, EVAL_CHUNK), dropout > 0, parties);

/**
 * The WebAssembly engine for a ConvNetwork (kernels in wat/conv.wat, pool.wat and the dense ones),
 * driven layer by layer from TypeScript (wasm-conv-passes.ts). It trains its own copy of the weights in
 * linear memory: saveConvNetwork brings a network up to date (`net` is not changed until then).
 * Dropout masks are drawn here from the same stream as the TypeScript engine's, so the two train alike.
 */
export async function createWasmConvEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: ConvNetwork,
  capacity: number,
  options: ConvTrainOptions,
): Promise<ConvEngine> {
  checkWasmConvNetwork(net, options.dropout);
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const layout = wasmConvLayout(net, capacity, options.dropout);
  const memory = new api.Memory({ initial: Math.ceil(layout.end / WASM_PAGE_BYTES) });
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_KERNELS : SIMD_KERNELS));
  const k = (await api.instantiate(module, { env: { memory } })).exports as unknown as ConvKernels;
  return wasmConvEngine(kind, net, capacity, options, layout, memory, k);
}

/**
 * Who runs the passes (wasm-conv-passes.ts): `step`, a training step's, once its mini-batch (and
 * dropout masks) are in memory and the kernels are turned;
 * `forward`, an evaluation chunk's forward pass. THIS_THREAD runs them all; conv-split-engine.ts
 * shares them with helper threads.
 */
export interface ConvThreads {
  step(passes: ConvPasses, count: number, rate: number, decay: number): void;
  forward(passes: ConvPasses, count: number): void;
}

export const THIS_THREAD: ConvThreads = {
  step(passes, count, rate, decay) {
    passes.examples(count, 0, 1, true);
    passes.update(count, rate, decay, 0, 1);
  },
  forward: (passes, count) => passes.examples(count, 0, 1, false),
};

/**
 * The engine over a memory made for `layout` and the kernels instantiated on it (the memory never
 * grows, so views made now stay valid); `threads` run the passes (default: this thread alone).
 */
export function wasmConvEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: ConvNetwork,
  capacity: number,
  { dropout, seed }: ConvTrainOptions,
  layout: ConvKernelLayout,
  memory: WasmMemory,
  k: ConvKernels,
  threads: ConvThreads = THIS_THREAD,
): ConvEngine {
  const room = layout.capacity;
  const floats = new Float32Array(memory.buffer);
  const bytes = new Uint8Array(memory.buffer);
  const { shapes, strides, acts, deltas } = layout;
  const last = shapes.length - 1;
  const act = ACTIVATION_CODES[net.activation];
  const cost = COST_CODES[net.cost];
  const nOut = shapeSize(shapes[last].output);
  const input = floats.subarray(acts[0] / 4, acts[0] / 4 + room * IMAGE_SIZE);
  const labels = bytes.subarray(layout.labels, layout.labels + room);
  const costs = new Float64Array(memory.buffer, layout.costs, room);
  // Dropout masks as the TypeScript engine draws them, [capacity][n], copied into the padded rows.
  const masks = { dropout, capacity, masks: shapes.map((s, l) => (layout.masks[l] ? new Float32Array(capacity * shapeSize(s.output)) : new Float32Array(0))) };
  const rng = dropoutRng(seed);
  const passes = convPasses(k, floats, layout, act, cost);

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
      passes.arrangeKernels();
      threads.step(passes, count, eta / count, decay);
      let costSum = 0;
      for (let b = 0; b < count; b++) costSum += costs[b];
      return costSum;
    },
    evaluate(set, onPrediction) {
      passes.arrangeKernels();
      const out = new Float32Array(room * nOut);
      const run = (count: number) => {
        threads.forward(passes, count);
        // The cost's value and the deltas are not used here: evaluateInChunks computes the cost from the outputs.
        k.output(acts[last + 1], deltas[last], count, strides[last + 1], nOut, cost, layout.labels);
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
