import type { Activation, Cost } from './types.ts';

/** Applies a hidden activation in place: values[i] = f(values[i]). */
export function activate(values: Float32Array, length: number, activation: Activation): void {
  switch (activation) {
    case 'sigmoid':
      for (let i = 0; i < length; i++) values[i] = 1 / (1 + Math.exp(-values[i]));
      break;
    case 'tanh':
      for (let i = 0; i < length; i++) values[i] = Math.tanh(values[i]);
      break;
    case 'relu':
      for (let i = 0; i < length; i++) if (values[i] < 0) values[i] = 0;
      break;
  }
}

/**
 * Multiplies deltas by f'(z), written in terms of the activation a = f(z) so that z need not be
 * kept: sigmoid a(1 - a), tanh 1 - a^2, ReLU 1 where a > 0.
 */
export function multiplyByDerivative(
  delta: Float32Array,
  acts: Float32Array,
  length: number,
  activation: Activation,
): void {
  switch (activation) {
    case 'sigmoid':
      for (let i = 0; i < length; i++) delta[i] *= acts[i] * (1 - acts[i]);
      break;
    case 'tanh':
      for (let i = 0; i < length; i++) delta[i] *= 1 - acts[i] * acts[i];
      break;
    case 'relu':
      for (let i = 0; i < length; i++) if (acts[i] <= 0) delta[i] = 0;
      break;
  }
}

/** Output activation in place for `count` examples of `n` outputs: softmax for log-likelihood, else sigmoid. */
export function activateOutput(values: Float32Array, count: number, n: number, cost: Cost): void {
  if (cost !== 'log-likelihood') {
    activate(values, count * n, 'sigmoid');
    return;
  }
  for (let b = 0; b < count; b++) {
    const o = b * n;
    let max = -Infinity;
    for (let i = 0; i < n; i++) max = Math.max(max, values[o + i]);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      // Subtracting the max keeps exp from overflowing; the result is unchanged.
      const e = Math.exp(values[o + i] - max);
      values[o + i] = e;
      sum += e;
    }
    for (let i = 0; i < n; i++) values[o + i] /= sum;
  }
}

/** The cost of one example's outputs `a` (at offset o, n values) against the one-hot label. */
export function exampleCost(a: Float32Array, o: number, n: number, label: number, cost: Cost): number {
  let c = 0;
  switch (cost) {
    case 'quadratic':
      for (let i = 0; i < n; i++) {
        const d = a[o + i] - (i === label ? 1 : 0);
        c += 0.5 * d * d;
      }
      return c;
    case 'cross-entropy':
      for (let i = 0; i < n; i++) {
        // Clamped so that a saturated neuron costs a large finite amount, not NaN or infinity.
        const p = Math.min(Math.max(a[o + i], 1e-12), 1 - 1e-7);
        c -= i === label ? Math.log(p) : Math.log(1 - p);
      }
      return c;
    case 'log-likelihood':
      return -Math.log(Math.max(a[o + label], 1e-12));
  }
}

/**
 * Output error delta = dC/dz for one example. Quadratic cost keeps sigma'(z), which is what slows
 * saturated neurons (ch. 3); cross-entropy with sigmoid and log-likelihood with softmax both reduce
 * to a - y.
 */
export function outputDelta(
  delta: Float32Array,
  a: Float32Array,
  o: number,
  n: number,
  label: number,
  cost: Cost,
): void {
  for (let i = 0; i < n; i++) {
    const ai = a[o + i];
    const d = ai - (i === label ? 1 : 0);
    delta[o + i] = cost === 'quadratic' ? d * ai * (1 - ai) : d;
  }
}
