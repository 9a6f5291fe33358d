import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { createRng } from '../rng.ts';
import { predictConv } from './conv-evaluate.ts';
import { createConvNetwork } from './conv-network.ts';
import { forwardLayers } from './layer-outputs.ts';
import { parseModel } from './parse-model.ts';

const BOOK = 'conv 20@5x5, pool 2, conv 40@5x5, pool 2, 100, 10';
const rng = createRng(5);
const image = Float32Array.from({ length: IMAGE_SIZE }, () => rng.next());

describe('forwardLayers', () => {
  const net = createConvNetwork(parseModel(BOOK), 'relu', 'log-likelihood', 'scaled', 7);
  // Biases start at 0 under scaled init: give them values, so a wrong bias would show.
  net.biases.forEach((b) => b.forEach((_, i) => (b[i] = rng.gaussian() * 0.1)));
  const outputs = forwardLayers(net, image);

  it('gives the image and every layer’s output, in the shapes the description says', () => {
    expect(outputs.map((o) => o.length)).toEqual([784, 20 * 24 * 24, 20 * 12 * 12, 40 * 8 * 8, 40 * 4 * 4, 100, 10]);
    expect(Array.from(outputs[0])).toEqual(Array.from(image));
  });

  it('ends in the network’s own answer', () => {
    expect(Array.from(outputs[6])).toEqual(Array.from(predictConv(net, image)));
  });

  it('gives conv maps after the activation (ReLU: none below 0, some above)', () => {
    for (const l of [1, 3]) {
      expect(outputs[l].every((v) => v >= 0)).toBe(true);
      expect(outputs[l].some((v) => v > 0)).toBe(true);
    }
  });

  it('pools by keeping the largest value of each 2×2 block of the maps before', () => {
    for (const [l, depth, side] of [[1, 20, 24], [3, 40, 8]]) {
      const maps = outputs[l];
      const pooled = outputs[l + 1];
      const half = side / 2;
      for (let m = 0; m < depth; m++) {
        for (let y = 0; y < half; y++) {
          for (let x = 0; x < half; x++) {
            const at = (dy: number, dx: number) => maps[(m * side + 2 * y + dy) * side + 2 * x + dx];
            expect(pooled[(m * half + y) * half + x]).toBe(Math.max(at(0, 0), at(0, 1), at(1, 0), at(1, 1)));
          }
        }
      }
    }
  });

  it('computes a first-layer map as its filter slid over the image, plus the bias, through ReLU', () => {
    const w = net.weights[0];
    const b = net.biases[0];
    for (const [m, y, x] of [[0, 0, 0], [7, 11, 3], [19, 23, 23]]) {
      let z = b[m];
      for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) z += w[(m * 5 + i) * 5 + j] * image[(y + i) * 28 + x + j];
      expect(outputs[1][(m * 24 + y) * 24 + x]).toBeCloseTo(Math.max(0, z), 5);
    }
  });
});
