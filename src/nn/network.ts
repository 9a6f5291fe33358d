import { createRng } from './rng.ts';
import type { Init, NetworkSpec } from './types.ts';

/** A fully connected network: plain data, no object per neuron. */
export interface Network extends NetworkSpec {
  /** weights[l]: row-major [out][in], out = layers[l + 1], in = layers[l]. */
  weights: Float32Array[];
  /** biases[l]: [out], out = layers[l + 1]. */
  biases: Float32Array[];
}

/** A new network with seeded random weights. */
export function createNetwork(spec: NetworkSpec, init: Init, seed: number): Network {
  const rng = createRng(seed);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (let l = 0; l + 1 < spec.layers.length; l++) {
    const nIn = spec.layers[l];
    const nOut = spec.layers[l + 1];
    const scale = init === 'scaled' ? 1 / Math.sqrt(nIn) : 1;
    const w = new Float32Array(nOut * nIn);
    for (let i = 0; i < w.length; i++) w[i] = rng.gaussian() * scale;
    const b = new Float32Array(nOut);
    for (let i = 0; i < b.length; i++) b[i] = rng.gaussian();
    weights.push(w);
    biases.push(b);
  }
  // `| 0` keeps sizes as V8 small integers: sizes that arrive as boxed doubles (through a worker
  // message, say) deoptimise every kernel, measured at about 0.6x the speed in Chromium.
  return { layers: spec.layers.map((n) => n | 0), activation: spec.activation, cost: spec.cost, weights, biases };
}

/** A deep copy (weights included). */
export function cloneNetwork(net: Network): Network {
  return {
    layers: net.layers.map((n) => n | 0),
    activation: net.activation,
    cost: net.cost,
    weights: net.weights.map((w) => w.slice()),
    biases: net.biases.map((b) => b.slice()),
  };
}

/** Number of weights and biases. */
export function parameterCount(layers: readonly number[]): number {
  let n = 0;
  for (let l = 0; l + 1 < layers.length; l++) n += layers[l + 1] * (layers[l] + 1);
  return n;
}
