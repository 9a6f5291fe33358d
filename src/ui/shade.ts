import type { Activation } from '../nn/types.ts';

/** How activations become brightness, in words for the legend. */
export const BRIGHTNESS_RULE: Record<Activation, string> = {
  sigmoid: 'activation 0 is black, 1 is white',
  tanh: 'tanh runs from −1 (black) through 0 (grey) to 1 (white)',
  relu: 'ReLU: 0 is black, the layer’s largest activation is white',
};

/**
 * Brightness in [0, 1] of each neuron of a layer. Input pixels and outputs (sigmoid or softmax)
 * lie in [0, 1] already; hidden layers follow their activation: tanh is shifted from [-1, 1], and
 * ReLU, which has no top, is scaled by the layer's largest value.
 */
export function layerBrightness(values: Float32Array, activation: Activation, hidden: boolean): Float32Array {
  const out = new Float32Array(values.length);
  if (hidden && activation === 'tanh') {
    for (let i = 0; i < values.length; i++) out[i] = (values[i] + 1) / 2;
  } else if (hidden && activation === 'relu') {
    let max = 0;
    for (const v of values) max = Math.max(max, v);
    for (let i = 0; i < values.length; i++) out[i] = max > 0 ? values[i] / max : 0;
  } else {
    out.set(values);
  }
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, Math.max(0, out[i]));
  return out;
}

/** A grey level 0-255 for a brightness in [0, 1]. */
export const grey = (brightness: number) => Math.round(brightness * 255);

const POSITIVE = [37, 99, 235];
const NEGATIVE = [220, 38, 38];

/**
 * A diverging colour for t in [-1, 1]: white at 0, blue towards +1, red towards -1, so that zero
 * weights fade into the background and the sign reads at a glance.
 */
export function diverging(t: number): [number, number, number] {
  const s = Math.min(1, Math.abs(t));
  const end = t >= 0 ? POSITIVE : NEGATIVE;
  return [0, 1, 2].map((c) => Math.round(255 + (end[c] - 255) * s)) as [number, number, number];
}

/** CSS colours for positive and negative weights, matching `diverging`. */
export const POSITIVE_CSS = `rgb(${POSITIVE.join(' ')})`;
export const NEGATIVE_CSS = `rgb(${NEGATIVE.join(' ')})`;
