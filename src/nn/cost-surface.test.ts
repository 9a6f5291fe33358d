import { describe, expect, it } from 'vitest';
import { costSurface, gridValue, steepestWeights, weightIndex, type WeightAt } from './cost-surface.ts';
import { drawingCost, weightGradients } from './explain.ts';
import { cloneNetwork, createNetwork } from './network.ts';
import { COSTS } from './types.ts';
import { randomImages } from './wasm/test-data.ts';

const LAYERS = [784, 8, 10];
const image = Float32Array.from(randomImages(1, 7).images, (v) => v / 255);
const LABEL = 3;

describe('the cost surface over two weights', () => {
  for (const cost of COSTS) {
    it(`is the drawing’s own cost at every grid point, with the network unchanged: ${cost}`, () => {
      const net = createNetwork({ layers: LAYERS, activation: 'sigmoid', cost }, 'normal', 4);
      const before = cloneNetwork(net);
      const axes: [WeightAt, WeightAt] = [
        { layer: 1, to: 3, from: 5 },
        { layer: 0, to: 2, from: image.findIndex((v) => v > 0.5) },
      ];
      const size = 5;
      const span = 0.8;
      const surface = costSurface(net, image, LABEL, axes, span, size);
      expect(net).toEqual(before);
      expect(surface.centre).toEqual(axes.map((w) => net.weights[w.layer][weightIndex(LAYERS, w)]));
      for (let row = 0; row < size; row++) {
        for (let col = 0; col < size; col++) {
          // Independently: a fresh copy with the two weights set, through the normal cost.
          const probe = cloneNetwork(net);
          probe.weights[1][weightIndex(LAYERS, axes[0])] = surface.centre[0] - span + (2 * span * col) / (size - 1);
          probe.weights[0][weightIndex(LAYERS, axes[1])] = surface.centre[1] - span + (2 * span * row) / (size - 1);
          expect(surface.costs[row * size + col]).toBeCloseTo(drawingCost(probe, image, LABEL).cost, 5);
        }
      }
      const middle = (size - 1) / 2;
      expect(surface.costs[middle * size + middle]).toBe(Math.fround(drawingCost(net, image, LABEL).cost));
    });
  }

  it('puts the centre exactly on a grid point and refuses an even size', () => {
    for (const c of [0.1, -2.7, 1e-3]) expect(gridValue(Math.fround(c), 0.3, 25, 12)).toBe(Math.fround(c));
    const net = createNetwork({ layers: LAYERS, activation: 'sigmoid', cost: 'quadratic' }, 'normal', 4);
    const w = { layer: 0, to: 0, from: 0 };
    expect(() => costSurface(net, image, LABEL, [w, w], 1, 4)).toThrow('odd size');
  });

  it('picks the weight with the largest gradient, then the largest into another neuron', () => {
    const net = createNetwork({ layers: LAYERS, activation: 'sigmoid', cost: 'quadratic' }, 'normal', 4);
    const gradients = weightGradients(net, image, LABEL);
    const [first, second] = steepestWeights(LAYERS, gradients);
    const size = (w: WeightAt) => Math.abs(gradients[w.layer][weightIndex(LAYERS, w)]);
    const all = gradients.flatMap((g, layer) => Array.from(g, (v, i) => ({ layer, to: Math.floor(i / LAYERS[layer]), size: Math.abs(v) })));
    expect(size(first)).toBe(Math.max(...all.map((a) => a.size)));
    const elsewhere = all.filter((a) => a.layer !== first.layer || a.to !== first.to);
    expect(size(second)).toBe(Math.max(...elsewhere.map((a) => a.size)));
    expect([second.layer, second.to]).not.toEqual([first.layer, first.to]);
  });
});
