import { decodeBase64 } from './base64.ts';
import { RELAXED_SIMD_KERNELS, SIMD_KERNELS } from './kernels.generated.ts';
import { kernelLayout, layerTable, type KernelLayout } from './layout.ts';
import { WASM_PAGE_BYTES, webAssemblyApi, type WasmMemory } from './wasm-api.ts';
import { argmax } from '../evaluate.ts';
import type { Network } from '../network.ts';
import type { TrainingEngine } from '../training-engine.ts';
import type { Activation, Cost } from '../types.ts';
import { IMAGE_SIZE, type LabelledImages } from '../../mnist/dataset.ts';

/** The kernels' exports (wat/step.wat): addresses are bytes in linear memory. */
export interface Kernels {
  train(table: number, layers: number, count: number, rate: number, decay: number, act: number, cost: number,
    ptrs: number, labels: number, active: number): number;
  infer(table: number, layers: number, count: number, act: number, cost: number,
    ptrs: number, labels: number, active: number): number;
}

/** Examples per evaluation call, whatever the mini-batch size. */
export const EVAL_CHUNK = 100;
/** The kernels' codes for the activations and costs. */
export const ACTIVATION_CODES: Record<Activation, number> = { sigmoid: 0, tanh: 1, relu: 2 };
export const COST_CODES: Record<Cost, number> = { quadratic: 0, 'cross-entropy': 1, 'log-likelihood': 2 };

/**
 * One SGD step, once the batch's image addresses and labels are in memory (rate = eta / count);
 * returns the summed cost. The default calls "train"; several workers share it (split-engine.ts).
 */
export type TrainStep = (count: number, rate: number, decay: number) => number;

/** The WebAssembly engine for `net` (its shape, activation and cost; its weights are loaded). */
export async function createWasmEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: Network,
  capacity: number,
): Promise<TrainingEngine> {
  const api = webAssemblyApi();
  if (!api) throw new Error('this runtime has no WebAssembly');
  const module = await api.compile(decodeBase64(kind === 'wasm-relaxed-simd' ? RELAXED_SIMD_KERNELS : SIMD_KERNELS));
  // Room for evaluation chunks of at least EVAL_CHUNK examples, whatever the mini-batch size.
  const layout = kernelLayout(net.layers, Math.max(capacity, EVAL_CHUNK));
  const memory = new api.Memory({ initial: Math.ceil(layout.data / WASM_PAGE_BYTES) });
  const kernels = (await api.instantiate(module, { env: { memory } })).exports as unknown as Kernels;
  const engine = wasmEngine(kind, net, capacity, layout, memory, kernels);
  engine.loadNetwork(net);
  return engine;
}

/** The engine over kernels instantiated on `memory`, laid out as `layout`; `step` takes the SGD steps. */
export function wasmEngine(
  kind: 'wasm-simd' | 'wasm-relaxed-simd',
  net: Network,
  capacity: number,
  layout: KernelLayout,
  memory: WasmMemory,
  kernels: Kernels,
  step?: TrainStep,
): TrainingEngine {
  const { layers } = net;
  const weightLayers = layers.length - 1;
  const nOut = layers[weightLayers];
  const act = ACTIVATION_CODES[net.activation];
  const cost = COST_CODES[net.cost];
  const trainStep: TrainStep = step ?? ((count, rate, decay) =>
    kernels.train(layout.table, weightLayers, count, rate, decay, act, cost, layout.imagePointers, layout.labels, layout.activePixels));
  // Views of linear memory; made again whenever it grows (growing detaches the old buffer).
  let bytes = new Uint8Array(memory.buffer);
  let floats = new Float32Array(memory.buffer);
  let ints = new Int32Array(memory.buffer);
  const grow = (needed: number) => {
    const missing = Math.ceil((needed - memory.buffer.byteLength) / WASM_PAGE_BYTES);
    if (missing > 0) memory.grow(missing);
    bytes = new Uint8Array(memory.buffer);
    floats = new Float32Array(memory.buffer);
    ints = new Int32Array(memory.buffer);
  };
  ints.set(layerTable(layers, layout), layout.table / 4);

  /**
   * Copies layer l's weights between linear memory and Network.weights[l] ([out][in]), in the
   * direction `intoEngine` says. The first layer is stored transposed, [784][strides[1]]; the
   * others row-major with padded rows.
   */
  const copyWeights = (l: number, w: Float32Array, intoEngine: boolean) => {
    const nIn = layers[l];
    const nOut = layers[l + 1];
    const base = layout.weights[l] / 4;
    const [rowStep, columnStep] = l === 0 ? [1, layout.strides[1]] : [layout.strides[l], 1];
    for (let j = 0; j < nOut; j++) {
      for (let k = 0, at = base + j * rowStep; k < nIn; k++, at += columnStep) {
        if (intoEngine) floats[at] = w[j * nIn + k];
        else w[j * nIn + k] = floats[at];
      }
    }
  };
  let labels: Uint8Array | undefined;
  const checkCount = (count: number) => {
    if (!(Number.isInteger(count) && count >= 1 && count <= capacity)) {
      throw new RangeError(`${count} examples in a batch, expected 1 to ${capacity}`);
    }
  };

  return {
    kind,
    capacity,
    setTrainingData(data: LabelledImages) {
      grow(layout.data + data.count * IMAGE_SIZE);
      bytes.set(data.images.subarray(0, data.count * IMAGE_SIZE), layout.data);
      labels = data.labels;
    },
    trainBatch(order, start, count, eta, decay) {
      if (!labels) throw new Error('trainBatch: call setTrainingData first');
      checkCount(count);
      const ptrs = layout.imagePointers / 4;
      for (let b = 0; b < count; b++) {
        const index = order[start + b];
        ints[ptrs + b] = layout.data + index * IMAGE_SIZE;
        bytes[layout.labels + b] = labels[index];
      }
      return trainStep(count, eta / count, decay);
    },
    evaluate(set) {
      const outputs = layout.acts[weightLayers] / 4;
      const stride = layout.strides[weightLayers];
      let correct = 0;
      let costSum = 0;
      const chunk = Math.max(capacity, EVAL_CHUNK);
      for (let start = 0; start < set.count; start += chunk) {
        const count = Math.min(chunk, set.count - start);
        bytes.set(set.images.subarray(start * IMAGE_SIZE, (start + count) * IMAGE_SIZE), layout.staging);
        bytes.set(set.labels.subarray(start, start + count), layout.labels);
        for (let b = 0; b < count; b++) ints[layout.imagePointers / 4 + b] = layout.staging + b * IMAGE_SIZE;
        costSum += kernels.infer(layout.table, weightLayers, count, act, cost,
          layout.imagePointers, layout.labels, layout.activePixels);
        for (let b = 0; b < count; b++) if (argmax(floats, outputs + b * stride, nOut) === set.labels[start + b]) correct++;
      }
      const total = set.count;
      return { correct, total, accuracy: total ? correct / total : 0, cost: total ? costSum / total : 0 };
    },
    loadNetwork(from) {
      for (let l = 0; l < weightLayers; l++) {
        copyWeights(l, from.weights[l], true);
        floats.set(from.biases[l], layout.biases[l] / 4);
      }
    },
    saveNetwork(to) {
      for (let l = 0; l < weightLayers; l++) {
        copyWeights(l, to.weights[l], false);
        to.biases[l].set(floats.subarray(layout.biases[l] / 4, layout.biases[l] / 4 + layers[l + 1]));
      }
    },
  };
}
