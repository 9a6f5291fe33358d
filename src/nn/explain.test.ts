import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { drawingCost, explainDrawing, stepOnDrawing } from './explain.ts';
import { cloneNetwork, createNetwork } from './network.ts';
import { COSTS } from './types.ts';
import { createWasmEngine } from './wasm/wasm-engine.ts';
import { identityOrder, randomImages } from './wasm/test-data.ts';

v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

const LAYERS = [784, 8, 10];
const NEURON = 3;
const H = 1e-2;

/** One MNIST-like drawing: 784 bytes as the network reads them, in [0, 1], and its label. */
function drawing(seed: number) {
  const data = randomImages(1, seed);
  return { data, image: Float32Array.from(data.images, (v) => v / 255), label: data.labels[0] };
}

describe('the guided path’s gradients', () => {
  for (const cost of COSTS) {
    it(`equal the training engine’s backpropagation and finite differences: ${cost}`, async () => {
      const net = createNetwork({ layers: LAYERS, activation: 'sigmoid', cost }, 'scaled', 5);
      const { data, image, label } = drawing(9);
      const shown = explainDrawing(net, image, { neuron: NEURON, label, biasShift: 0 }).learning!;

      // The WebAssembly engine the worker trains with, one step with eta = 1 on this one drawing.
      const engine = await createWasmEngine('wasm-simd', net, 1);
      engine.setTrainingData(data);
      engine.trainBatch(identityOrder(1), 0, 1, 1, 1);
      const stepped = cloneNetwork(net);
      engine.saveNetwork(stepped);
      const row = NEURON * 784;
      for (let p = 0; p < 784; p++) {
        const engineGradient = net.weights[0][row + p] - stepped.weights[0][row + p];
        expect(Math.abs(shown.weightGradient[p] - engineGradient), `pixel ${p}`).toBeLessThan(1e-5 + 1e-3 * Math.abs(engineGradient));
      }
      expect(shown.biasGradient).toBeCloseTo(net.biases[0][NEURON] - stepped.biases[0][NEURON], 5);

      // Central differences of the drawing's cost, at inked pixels and at the bias.
      const numeric = (nudge: (probe: typeof net, h: number) => void) => {
        const plus = cloneNetwork(net);
        nudge(plus, H);
        const minus = cloneNetwork(net);
        nudge(minus, -H);
        return (drawingCost(plus, image, label).cost - drawingCost(minus, image, label).cost) / (2 * H);
      };
      const inked = [...image.keys()].filter((p) => image[p] > 0.5).slice(0, 5);
      for (const p of inked) {
        const n = numeric((probe, h) => (probe.weights[0][row + p] += h));
        expect(Math.abs(shown.weightGradient[p] - n), `pixel ${p}`).toBeLessThan(2e-3 + 2e-2 * Math.abs(n));
      }
      const nb = numeric((probe, h) => (probe.biases[0][NEURON] += h));
      expect(Math.abs(shown.biasGradient - nb)).toBeLessThan(2e-3 + 2e-2 * Math.abs(nb));
      // A blank pixel contributes nothing, so its weight's gradient is zero.
      expect(shown.weightGradient[image.indexOf(0)]).toBe(0);
    });
  }

  it('one step with a small learning rate lowers the drawing’s cost, on a copy only', () => {
    for (const cost of COSTS) {
      const net = createNetwork({ layers: LAYERS, activation: 'sigmoid', cost }, 'normal', 2);
      const { image, label } = drawing(4);
      const copy = cloneNetwork(net);
      const step = stepOnDrawing(copy, image, label, 0.1);
      expect(step.after.cost, cost).toBeLessThan(step.before.cost);
      expect(step.before.cost).toBeCloseTo(drawingCost(net, image, label).cost, 6);
      expect(drawingCost(net, image, label).cost).toBe(step.before.cost);
    }
  });

  it('shows the neuron’s sum and its what-if bias without changing the network', () => {
    const net = createNetwork({ layers: LAYERS, activation: 'sigmoid', cost: 'quadratic' }, 'normal', 2);
    const { image } = drawing(4);
    const before = net.biases[0][NEURON];
    const { neuron } = explainDrawing(net, image, { neuron: NEURON, label: null, biasShift: 1.5 });
    const sum = neuron.products.reduce((s, v) => s + v, 0) + neuron.bias;
    expect(sum).toBeCloseTo(neuron.z, 3);
    expect(neuron.activation).toBeCloseTo(1 / (1 + Math.exp(-neuron.z)), 5);
    expect(neuron.shiftedActivation).toBeCloseTo(1 / (1 + Math.exp(-(neuron.z + 1.5))), 5);
    expect(net.biases[0][NEURON]).toBe(before);

    // Not chosen yet: the neuron whose z is nearest 0.
    const auto = explainDrawing(net, image, { neuron: -1, label: null, biasShift: 0 });
    const nearest = Math.min(...auto.zs[0].map(Math.abs));
    expect(Math.abs(auto.neuron.z)).toBe(nearest);
  });
});

describe('why the sigmoid: a step neuron beside a sigmoid neuron on the same z', () => {
  it('the step jumps from 0 to 1 as z crosses 0, the sigmoid moves a little', () => {
    const net = createNetwork({ layers: LAYERS, activation: 'sigmoid', cost: 'quadratic' }, 'normal', 2);
    const { image } = drawing(4);
    const { z } = explainDrawing(net, image, { neuron: NEURON, label: null, biasShift: 0 }).neuron;
    // A shift that takes z just across 0, and one that keeps it on its side.
    const across = explainDrawing(net, image, { neuron: NEURON, label: null, biasShift: -z * 1.1 }).neuron.versus;
    expect(across.step).toBe(z > 0 ? 1 : 0);
    expect(across.shiftedStep).toBe(z > 0 ? 0 : 1);
    expect(across.sigmoid).toBeCloseTo(1 / (1 + Math.exp(-z)), 6);
    expect(across.shiftedSigmoid).toBeCloseTo(1 / (1 + Math.exp(z * 0.1)), 6);
    const along = explainDrawing(net, image, { neuron: NEURON, label: null, biasShift: Math.sign(z) * 0.1 }).neuron.versus;
    expect(along.shiftedStep).toBe(along.step);
    expect(Math.abs(along.shiftedSigmoid - along.sigmoid)).toBeGreaterThan(0);
    expect(Math.abs(along.shiftedSigmoid - along.sigmoid)).toBeLessThan(0.1 * 0.25 + 1e-6);
  });
});
