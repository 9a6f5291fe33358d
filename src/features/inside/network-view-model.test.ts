import { describe, expect, it } from 'vitest';
import { traceForward } from '../../nn/inspect.ts';
import { createNetwork } from '../../nn/network.ts';
import { createRng } from '../../nn/rng.ts';
import { traceView } from '../../worker/inspect-trace.ts';
import { cellCentre, layoutNetwork, neuronAt, stepSelection } from './network-layout.ts';
import { diverging, layerBrightness } from '../../ui/shade.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';

const rng = createRng(4);
const image = Float32Array.from({ length: IMAGE_SIZE }, () => (rng.next() < 0.3 ? rng.next() : 0));

describe('the network view model', () => {
  it('draws, for sigmoid layers, exactly the activations the network computes', () => {
    const net = createNetwork({ layers: [784, 30, 10], activation: 'sigmoid', cost: 'quadratic' }, 'normal', 1);
    const view = traceView(net, image, null);
    const computed = traceForward(net, image);
    for (let l = 0; l < 3; l++) expect(layerBrightness(view.activations[l], net.activation, l === 1)).toEqual(computed.activations[l]);
  });

  it('maps tanh from [-1, 1] and ReLU by the layer maximum onto [0, 1], keeping the order of activations', () => {
    for (const activation of ['tanh', 'relu'] as const) {
      const net = createNetwork({ layers: [784, 40, 10], activation, cost: 'log-likelihood' }, 'scaled', 2);
      const a = traceForward(net, image).activations[1];
      const shown = layerBrightness(a, activation, true);
      expect(shown.every((v) => v >= 0 && v <= 1)).toBe(true);
      for (let i = 1; i < a.length; i++) expect(Math.sign(shown[i] - shown[0])).toBe(Math.sign(a[i] - a[0]));
    }
    expect(Array.from(layerBrightness(Float32Array.of(-1, 0, 1), 'tanh', true))).toEqual([0, 0.5, 1]);
    expect(Array.from(layerBrightness(Float32Array.of(0, 2, 4), 'relu', true))).toEqual([0, 0.5, 1]);
  });

  it('puts every neuron of every layer in its own cell, and finds it again under the pointer', () => {
    for (const [layers, width] of [[[784, 300, 10], 330], [[784, 100, 30, 10], 900], [[784, 30, 10], 600]] as const) {
      const layout = layoutNetwork(layers, width);
      expect(layout.width).toBeLessThanOrEqual(width + 1);
      for (let layer = 1; layer < layers.length; layer++) {
        for (const index of [0, layers[layer] - 1]) expect(neuronAt(layout, ...cellCentre(layout.boxes[layer], index))).toEqual({ layer, index });
      }
    }
  });

  it('moves the selection with the arrow keys', () => {
    const layers = [784, 100, 10];
    expect(stepSelection(layers, null, 'ArrowDown')).toEqual({ layer: 1, index: 0 });
    expect(stepSelection(layers, { layer: 1, index: 0 }, 'ArrowUp')).toEqual({ layer: 1, index: 99 });
    expect(stepSelection(layers, { layer: 1, index: 55 }, 'ArrowRight')).toEqual({ layer: 2, index: 5 });
    expect(stepSelection(layers, { layer: 2, index: 9 }, 'ArrowRight')).toEqual({ layer: 2, index: 9 });
    expect(stepSelection(layers, { layer: 1, index: 3 }, 'x')).toBeNull();
  });

  it('colours weights white at zero, blue when positive and red when negative', () => {
    expect(diverging(0)).toEqual([255, 255, 255]);
    expect(diverging(1)[2]).toBeGreaterThan(diverging(1)[0]);
    expect(diverging(-1)[0]).toBeGreaterThan(diverging(-1)[2]);
  });
});
