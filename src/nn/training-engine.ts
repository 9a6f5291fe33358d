import { createScratch, trainBatch } from './batch.ts';
import { evaluate } from './evaluate.ts';
import type { Network } from './network.ts';
import type { EvalResult } from './types.ts';
import { fillBatch, type LabelledImages } from '../mnist/dataset.ts';

/** Which code takes the SGD steps: WebAssembly with fused multiply-add, plain SIMD, or TypeScript. */
export type EngineKind = 'wasm-relaxed-simd' | 'wasm-simd' | 'ts';

/** The engines, fastest first. */
export const ENGINE_KINDS: readonly EngineKind[] = ['wasm-relaxed-simd', 'wasm-simd', 'ts'];

/**
 * Trains one network a mini-batch at a time. The engine keeps its own copy of the weights:
 * loadNetwork puts a network's weights in, saveNetwork brings a network up to date.
 */
export interface TrainingEngine {
  readonly kind: EngineKind;
  /** The largest mini-batch trainBatch takes. */
  readonly capacity: number;
  /** Hands over the training images and labels; trainBatch then names examples by index. */
  setTrainingData(data: LabelledImages): void;
  /**
   * One SGD step on the examples order[start .. start + count) of the training data, with
   * decay = 1 - eta * lambda / n. Returns the summed cost of the batch before the step.
   */
  trainBatch(order: ArrayLike<number>, start: number, count: number, eta: number, decay: number): number;
  /** Accuracy and mean cost of the engine's current weights on a data set. */
  evaluate(set: LabelledImages): EvalResult;
  /** Copies a network's weights and biases in (same layers, activation and cost as at creation). */
  loadNetwork(net: Network): void;
  /** Copies the engine's weights and biases out into `net`. */
  saveNetwork(net: Network): void;
}

const copyParameters = (from: Network, to: Network) => {
  if (from === to) return;
  from.weights.forEach((w, l) => to.weights[l].set(w));
  from.biases.forEach((b, l) => to.biases[l].set(b));
};

/** The TypeScript engine (src/nn/batch.ts): the readable reference, and the fallback without WebAssembly SIMD. */
export function createTsEngine(net: Network, capacity: number): TrainingEngine {
  const scratch = createScratch(net.layers, capacity);
  let data: LabelledImages | undefined;
  return {
    kind: 'ts',
    capacity,
    setTrainingData(set) {
      data = set;
    },
    trainBatch(order, start, count, eta, decay) {
      if (!data) throw new Error('trainBatch: call setTrainingData first');
      if (!(count >= 1 && count <= capacity)) throw new RangeError(`trainBatch: ${count} examples, expected 1 to ${capacity}`);
      fillBatch(data, order, start, count, scratch.acts[0], scratch.labels);
      return trainBatch(net, scratch, count, eta, decay);
    },
    evaluate: (set) => evaluate(net, set),
    loadNetwork: (from) => copyParameters(from, net),
    saveNetwork: (to) => copyParameters(net, to),
  };
}
