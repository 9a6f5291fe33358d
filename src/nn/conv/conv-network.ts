import type { Network } from '../network.ts';
import { createRng } from '../rng.ts';
import type { Activation, Cost, Init } from '../types.ts';
import { denseModel, layerShapes, shapeSize, type ModelSpec } from './model-spec.ts';

/** A network of convolutional, pooling and fully connected layers: plain data, one buffer per layer. */
export interface ConvNetwork {
  spec: ModelSpec;
  /** The conv and hidden dense layers' activation; the output's follows the cost, as for the dense network. */
  activation: Activation;
  cost: Cost;
  /**
   * weights[l] for spec.layers[l]: conv row-major [k][c][kh][kh]; dense row-major [out][in], `in`
   * being the previous layer's output flattened [depth][side][side]; pool: empty.
   */
  weights: Float32Array[];
  /** biases[l]: conv one per map [k]; dense [out]; pool: empty. */
  biases: Float32Array[];
}

/**
 * A new network with seeded random weights. Weights then biases, layer by layer, as createNetwork
 * draws them: a dense-only description gets the dense network's weights for the same seed. normal:
 * N(0, 1); scaled: weights N(0, 1/n_in), n_in being the inputs one neuron or map value sees.
 */
export function createConvNetwork(spec: ModelSpec, activation: Activation, cost: Cost, init: Init, seed: number): ConvNetwork {
  const rng = createRng(seed);
  const weights: Float32Array[] = [];
  const biases: Float32Array[] = [];
  for (const s of layerShapes(spec)) {
    const fanIn = s.layer.kind === 'conv' ? s.input.depth * s.layer.kernel * s.layer.kernel : shapeSize(s.input);
    const scale = init === 'scaled' ? 1 / Math.sqrt(fanIn) : 1;
    const w = new Float32Array(s.weights);
    for (let i = 0; i < w.length; i++) w[i] = rng.gaussian() * scale;
    const b = new Float32Array(s.biases);
    for (let i = 0; i < b.length; i++) b[i] = rng.gaussian();
    weights.push(w);
    biases.push(b);
  }
  return { spec, activation, cost, weights, biases };
}

/** A deep copy (weights included); the description is shared, as it is never changed. */
export const cloneConvNetwork = (net: ConvNetwork): ConvNetwork => ({
  ...net,
  weights: net.weights.map((w) => w.slice()),
  biases: net.biases.map((b) => b.slice()),
});

/** The dense network as a description with the same weights (shared, not copied). */
export const convNetworkOf = (net: Network): ConvNetwork => ({
  spec: denseModel(net.layers),
  activation: net.activation,
  cost: net.cost,
  weights: net.weights,
  biases: net.biases,
});
