import type { Network } from '../nn/network.ts';

/** The first hidden layer's weights as images, one byte per weight. */
export interface FeatureImages {
  /** Neurons in the first hidden layer. */
  count: number;
  /** bytes[n * 784 + p]: neuron n's weight from pixel p, scaled by that neuron's largest |w| to -127..127. */
  bytes: Int8Array;
  /** maxAbs[n]: the |w| that maps to 127 for neuron n. */
  maxAbs: Float32Array;
}

/**
 * Each first-hidden-layer neuron's 784 incoming weights as signed bytes. The scale is per neuron:
 * neurons differ in overall strength by several times, and with one global scale the weak ones show
 * as flat grey, hiding the very shapes the gallery is for.
 */
export function featureImages(net: Network): FeatureImages {
  const nIn = net.layers[0];
  const count = net.layers[1];
  const W = net.weights[0];
  const bytes = new Int8Array(count * nIn);
  const maxAbs = new Float32Array(count);
  for (let n = 0; n < count; n++) {
    let max = 0;
    for (let p = 0; p < nIn; p++) max = Math.max(max, Math.abs(W[n * nIn + p]));
    maxAbs[n] = max;
    const scale = max > 0 ? 127 / max : 0;
    for (let p = 0; p < nIn; p++) bytes[n * nIn + p] = Math.round(W[n * nIn + p] * scale);
  }
  return { count, bytes, maxAbs };
}
