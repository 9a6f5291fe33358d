import { describe, expect, it } from 'vitest';
import { exampleCost } from '../activation.ts';
import { gradientTolerance, numericDerivative } from '../gradient-probe.ts';
import { createRng } from '../rng.ts';
import { ACTIVATIONS, COSTS, type Activation, type Cost } from '../types.ts';
import { forwardConvBatch, trainConvBatch } from './conv-batch.ts';
import { cloneConvNetwork, createConvNetwork, type ConvNetwork } from './conv-network.ts';
import { createConvScratch, type ConvScratch } from './conv-scratch.ts';
import { drawDropoutMasks } from './dropout.ts';
import type { LayerSpec, ModelSpec } from './model-spec.ts';

const BATCH = 3;
const N = 50; // training-set size in the weight-decay term
const OUTPUTS = 3;
const INPUT = { depth: 1, side: 8 };
// Smaller than the dense check's 1e-2: a step that large can swap which value of a pooling window is
// the largest, and the difference then measures the jump, not the slope (seen at 1e-2: 0.0064 against
// 0.0102; 3e-3 and 1e-3 both give 0.0102). float32 noise at 1e-3 is still about 1e-4.
const STEP = 1e-3;

/** 8×8 → conv 2@3x3 (2×6×6) → pool 2 (2×3×3) → 5 → 3: every kind of layer. */
const MAIN: LayerSpec[] = [{ kind: 'conv', maps: 2, kernel: 3 }, { kind: 'pool', size: 2 }, { kind: 'dense', size: 5 }, { kind: 'dense', size: OUTPUTS }];
/** A conv layer after pooling, straight into the output: 8 → 6 → 3 → 1. */
const CONV_AFTER_POOL: LayerSpec[] = [{ kind: 'conv', maps: 2, kernel: 3 }, { kind: 'pool', size: 2 }, { kind: 'conv', maps: 3, kernel: 3 }, { kind: 'dense', size: OUTPUTS }];
/** Two conv layers in a row, the second on two channels: 8 → 6 → 4 → 2. */
const CONV_AFTER_CONV: LayerSpec[] = [{ kind: 'conv', maps: 2, kernel: 3 }, { kind: 'conv', maps: 2, kernel: 3 }, { kind: 'pool', size: 2 }, { kind: 'dense', size: 4 }, { kind: 'dense', size: OUTPUTS }];

/** Mean batch cost plus the L2 term lambda/(2n) sum w^2: what an SGD step descends. With dropout, the masks in scratch. */
function regularisedCost(net: ConvNetwork, scratch: ConvScratch, lambda: number): number {
  const out = forwardConvBatch(net, scratch, BATCH, true);
  let c = 0;
  for (let b = 0; b < BATCH; b++) c += exampleCost(out, b * OUTPUTS, OUTPUTS, scratch.labels[b], net.cost);
  let squares = 0;
  for (const w of net.weights) for (const v of w) squares += v * v;
  return c / BATCH + (lambda / (2 * N)) * squares;
}

/** Every weight and bias of every layer: the step's move (eta = 1) against finite differences. */
function checkGradients(layers: LayerSpec[], activation: Activation, cost: Cost, lambda: number, dropout = 0): void {
  const spec: ModelSpec = { input: INPUT, layers };
  const net = createConvNetwork(spec, activation, cost, 'scaled', 7);
  const scratch = createConvScratch(spec, BATCH, dropout);
  const rng = createRng(3);
  // A generic point: scaled init starts the biases at 0, where many ReLU inputs would sit on the kink.
  for (const b of net.biases) for (let i = 0; i < b.length; i++) b[i] = rng.gaussian();
  scratch.acts[0].set(Float32Array.from({ length: BATCH * 64 }, () => rng.next()));
  scratch.labels.set([2, 0, 1]);
  // A fixed mask: drawn once, used by the step and by every finite difference.
  drawDropoutMasks(scratch, BATCH, rng);
  const stepped = cloneConvNetwork(net);
  // One SGD step with eta = 1 moves each parameter by exactly minus its gradient.
  trainConvBatch(stepped, scratch, BATCH, 1, 1 - lambda / N);
  let probed = 0;
  for (const which of ['weights', 'biases'] as const) {
    net[which].forEach((params, l) => {
      for (let i = 0; i < params.length; i++) {
        const where = `${which}[${l}][${i}]`;
        const pair = { where, analytic: params[i] - stepped[which][l][i], numeric: numericDerivative(params, i, () => regularisedCost(net, scratch, lambda), STEP) };
        expect(Math.abs(pair.analytic - pair.numeric), where).toBeLessThan(gradientTolerance(pair));
        probed++;
      }
    });
  }
  expect(probed).toBeGreaterThan(20);
}

describe('convolutional backpropagation', () => {
  for (const activation of ACTIVATIONS) {
    for (const cost of COSTS) {
      for (const lambda of [0, 5]) {
        it(`matches finite differences on conv, pool, dense: ${activation}, ${cost}, lambda ${lambda}`, () => {
          checkGradients(MAIN, activation, cost, lambda);
        });
      }
    }
    it(`matches finite differences with dropout (a fixed mask): ${activation}`, () => {
      checkGradients(MAIN, activation, 'cross-entropy', 5, 0.5);
    });
    it(`matches finite differences with a conv layer after pooling: ${activation}`, () => {
      checkGradients(CONV_AFTER_POOL, activation, 'log-likelihood', 5);
    });
    it(`matches finite differences with two conv layers in a row: ${activation}`, () => {
      checkGradients(CONV_AFTER_CONV, activation, 'quadratic', 0);
    });
  }

  it('drops about p of the hidden neurons and scales the rest by 1/(1-p)', () => {
    const scratch = createConvScratch({ input: INPUT, layers: [{ kind: 'dense', size: 200 }, { kind: 'dense', size: OUTPUTS }] }, 10, 0.25);
    drawDropoutMasks(scratch, 10, createRng(1));
    const mask = scratch.masks[0];
    expect(new Set(mask)).toEqual(new Set([0, Float32Array.of(1 / 0.75)[0]]));
    expect(mask.filter((m) => m === 0).length / mask.length).toBeCloseTo(0.25, 1);
    expect(scratch.masks[1].length).toBe(0); // never on the output layer
  });
});
