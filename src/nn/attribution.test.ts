import { describe, expect, it } from 'vitest';
import { attribute, strongestPushes } from './attribution.ts';
import { traceForward } from './inspect.ts';
import { createNetwork } from './network.ts';
import { createRng } from './rng.ts';
import { ACTIVATIONS, COSTS } from './types.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

const STEP = 1e-2;

/** Output k of `net` for `image`. */
const outputOf = (net: ReturnType<typeof createNetwork>, image: Float32Array, k: number) => traceForward(net, image).activations.at(-1)![k];

/** ∂a_k/∂x_p by central finite differences. */
function numericGradient(net: ReturnType<typeof createNetwork>, image: Float32Array, k: number, p: number): number {
  const plus = image.slice();
  plus[p] += STEP;
  const minus = image.slice();
  minus[p] -= STEP;
  return (outputOf(net, plus, k) - outputOf(net, minus, k)) / (2 * STEP);
}

// A sparse image like a drawing: about a third of the pixels inked.
const rng = createRng(5);
const image = new Float32Array(IMAGE_SIZE).map(() => (rng.next() < 0.3 ? 0.2 + 0.8 * rng.next() : 0));
const inked = [...image.keys()].filter((p) => image[p] > 0).slice(0, 6);
const blank = [...image.keys()].filter((p) => image[p] === 0).slice(0, 3);

describe('gradient × input', () => {
  for (const activation of ACTIVATIONS) {
    for (const cost of COSTS) {
      it(`equals finite differences of the output: ${activation} hidden, ${cost === 'log-likelihood' ? 'softmax' : 'sigmoid'} outputs (${cost})`, () => {
        // Small weights, so that no output saturates and the derivatives are not all near 0.
        const net = createNetwork({ layers: [784, 8, 6, 10], activation, cost }, 'scaled', 11);
        for (const k of [0, 4, 9]) {
          const why = attribute(net, image, k);
          expect(why.output).toBe(k);
          for (const p of [...inked, ...blank]) {
            const numeric = numericGradient(net, image, k, p);
            expect(Math.abs(why.gradient[p] - numeric)).toBeLessThan(2e-6 + 1e-2 * Math.abs(numeric));
            expect(why.values[p]).toBeCloseTo(why.gradient[p] * image[p], 7);
          }
          // Some pixel actually moves the output, so the comparison above is not 0 = 0.
          expect(Math.max(...inked.map((p) => Math.abs(why.gradient[p])))).toBeGreaterThan(2e-5);
        }
      });
    }
  }

  it('explains the network’s answer unless told another output, and gives blank pixels no share', () => {
    const net = createNetwork({ layers: [784, 12, 10], activation: 'sigmoid', cost: 'quadratic' }, 'scaled', 3);
    const outputs = traceForward(net, image).activations[2];
    const why = attribute(net, image);
    expect(outputs[why.output]).toBe(Math.max(...outputs));
    expect(why.activation).toBe(outputs[why.output]);
    for (const p of blank) expect(Math.abs(why.values[p])).toBe(0);
  });

  it('says to first order how much the output falls when all the ink fades a little', () => {
    for (const cost of COSTS) {
      const net = createNetwork({ layers: [784, 10, 10], activation: 'tanh', cost }, 'scaled', 4);
      const why = attribute(net, image);
      const fade = 0.01;
      const faded = image.map((x) => x * (1 - fade));
      const sum = why.values.reduce((s, v) => s + v, 0);
      const fall = why.activation - outputOf(net, faded, why.output);
      expect(Math.abs(fall - fade * sum)).toBeLessThan(1e-4 + 0.05 * Math.abs(fade * sum));
    }
  });

  it('for softmax outputs, which add up to 1, the ten gradients add up to 0', () => {
    const net = createNetwork({ layers: [784, 10, 10], activation: 'sigmoid', cost: 'log-likelihood' }, 'scaled', 8);
    const total = new Float64Array(IMAGE_SIZE);
    for (let k = 0; k < 10; k++) attribute(net, image, k).gradient.forEach((g, p) => (total[p] += g));
    for (const g of total) expect(Math.abs(g)).toBeLessThan(1e-6);
  });

  it('finds the strongest push up and down', () => {
    expect(strongestPushes(Float32Array.of(0, 0.5, -0.2, 0.7, -0.9))).toEqual({ up: 3, down: 4 });
    expect(strongestPushes(Float32Array.of(0, 0.1))).toEqual({ up: 1, down: null });
  });
});
