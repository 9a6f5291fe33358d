import { describe, expect, it } from 'vitest';
import { encodeBinaryModel, parseAnyBinaryModel, parseBinaryModel } from '../binary-model.ts';
import { createNetwork } from '../network.ts';
import { parseAnyModel, parseModel, serializeModel, toModelFile } from '../serialize.ts';
import { DEFAULT_CONFIG } from '../types.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { isConvNetwork, predictAny, type AnyNetwork } from './any-network.ts';
import { createConvNetwork, type ConvNetwork } from './conv-network.ts';
import { parseModel as parseDescription } from './parse-model.ts';

const model = 'conv 4@5x5, pool 2, 20, 10';
const net = createConvNetwork(parseDescription(model), 'relu', 'log-likelihood', 'scaled', 7);
const config = { ...DEFAULT_CONFIG, model };
const image = new Float32Array(IMAGE_SIZE).map((_, i) => ((i * 37) % 11) / 11);
const digit = (n: AnyNetwork) => {
  const p = predictAny(n, image);
  return p.indexOf(Math.max(...p));
};
const asConv = (n: AnyNetwork): ConvNetwork => {
  if (!isConvNetwork(n)) throw new Error('expected a convolutional network');
  return n;
};

describe('a convolutional model file (version 2)', () => {
  it('writes the description instead of layer sizes; a dense model stays version 1', () => {
    expect(toModelFile(net)).toMatchObject({ version: 2, model });
    expect(toModelFile(net)).not.toHaveProperty('layers');
    expect(toModelFile(createNetwork(DEFAULT_CONFIG, 'normal', 1))).toMatchObject({ version: 1, layers: [784, 30, 10] });
  });

  it('round-trips in JSON exactly: weights, config and the same answers', () => {
    const back = parseAnyModel(serializeModel(net, config, { bestTestAccuracy: 0.9 }));
    const conv = asConv(back.net);
    expect(conv.spec).toEqual(net.spec);
    conv.weights.forEach((w, l) => expect(Array.from(w)).toEqual(Array.from(net.weights[l])));
    conv.biases.forEach((b, l) => expect(Array.from(b)).toEqual(Array.from(net.biases[l])));
    expect(back.config?.model).toBe(model);
    expect(Array.from(predictAny(conv, image))).toEqual(Array.from(predictAny(net, image)));
  });

  it('round-trips in the binary form: float32 exactly, float16 reading the same digit', () => {
    const exact = asConv(parseAnyBinaryModel(encodeBinaryModel(net, config)).net);
    expect(Array.from(predictAny(exact, image))).toEqual(Array.from(predictAny(net, image)));
    const half = asConv(parseAnyBinaryModel(encodeBinaryModel(net, config, undefined, 'float16-le')).net);
    expect(digit(half)).toBe(digit(net));
  });

  it('is refused, by name, where only a fully connected model is read', () => {
    expect(() => parseModel(serializeModel(net))).toThrow(/a convolutional network \(conv 4@5x5, pool 2, 20, 10\)/);
    expect(() => parseBinaryModel(encodeBinaryModel(net))).toThrow(/convolutional network/);
  });

  it.each([
    ['a description past the limits', (f: Record<string, unknown>) => ({ ...f, model: 'conv 4@7x7, 10' }), /kernels are 3x3 or 5x5/],
    ['a missing layer of weights', (f: Record<string, unknown>) => ({ ...f, weights: (f.weights as unknown[]).slice(1) }), /"weights" must hold 4 arrays/],
    ['a short kernel', (f: Record<string, unknown>) => ({ ...f, weights: [(f.weights as number[][])[0].slice(1), ...(f.weights as unknown[]).slice(1)] }), /weights\[0\] \(conv 4@5x5\) has 99 values, expected 100/],
  ])('refuses %s, naming the fault', (_, change, message) => {
    const file = JSON.parse(serializeModel(net)) as Record<string, unknown>;
    expect(() => parseAnyModel(JSON.stringify(change(file)))).toThrow(message);
  });

  it('refuses a binary file with values missing', () => {
    const bytes = encodeBinaryModel(net);
    expect(() => parseAnyBinaryModel(bytes.subarray(0, bytes.length - 4))).toThrow(/expected .* \(.* values for conv 4@5x5, pool 2, 20, 10\)/);
  });
});
