import { describe, expect, it } from 'vitest';
import { predict } from './evaluate.ts';
import { createNetwork } from './network.ts';
import { ModelFormatError, parseModel, serializeModel, toModelFile } from './serialize.ts';
import { DEFAULT_CONFIG } from './types.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

const net = createNetwork({ layers: [784, 12, 10], activation: 'tanh', cost: 'log-likelihood' }, 'scaled', 4);
const valid = () => JSON.parse(serializeModel(net, DEFAULT_CONFIG, { bestTestAccuracy: 0.9 }));

describe('model files', () => {
  it('round-trip exactly: same weights, same predictions', () => {
    const { net: back, config, metrics } = parseModel(serializeModel(net, DEFAULT_CONFIG, { bestTestAccuracy: 0.9 }));
    expect(back.layers).toEqual(net.layers);
    expect(back.activation).toBe('tanh');
    expect(back.cost).toBe('log-likelihood');
    for (let l = 0; l < 2; l++) {
      expect(Array.from(back.weights[l])).toEqual(Array.from(net.weights[l]));
      expect(Array.from(back.biases[l])).toEqual(Array.from(net.biases[l]));
    }
    expect(config?.eta).toBe(3);
    expect(metrics?.bestTestAccuracy).toBe(0.9);
    const image = new Float32Array(IMAGE_SIZE).map((_, i) => (i % 7) / 7);
    expect(Array.from(predict(back, image))).toEqual(Array.from(predict(net, image)));
  });

  const malformed: [string, () => unknown, RegExp][] = [
    ['not JSON', () => '{"format": ', /not valid JSON/],
    ['an array', () => [], /expected a JSON object/],
    ['another format', () => ({ ...valid(), format: 'keras' }), /not an NN Magic model/],
    ['a future version', () => ({ ...valid(), version: 3 }), /unsupported model version 3/],
    ['no layers', () => ({ ...valid(), layers: undefined }), /"layers" must list/],
    ['an input that is not 784', () => ({ ...valid(), layers: [783, 12, 10] }), /input layer has 783/],
    ['an output that is not 10', () => ({ ...valid(), layers: [784, 12, 9] }), /output layer has 9/],
    ['a fractional layer size', () => ({ ...valid(), layers: [784, 12.5, 10] }), /layer 1 has size 12.5/],
    ['too many parameters', () => ({ ...valid(), layers: [784, 7000, 10] }), /more than the limit/],
    ['an unknown activation', () => ({ ...valid(), activation: 'swish' }), /unknown activation "swish"/],
    ['an unknown cost', () => ({ ...valid(), cost: 'hinge' }), /unknown cost "hinge"/],
    ['a missing weight matrix', () => ({ ...valid(), weights: [valid().weights[0]] }), /must hold 2 weight matrices/],
    ['weights of the wrong length', () => { const m = valid(); m.weights[0].pop(); return m; }, /weights\[0\] \(12x784\) has 9407 values, expected 9408/],
    ['biases of the wrong length', () => { const m = valid(); m.biases[1].push(0); return m; }, /biases\[1\] has 11 values, expected 10/],
    ['a string among the weights', () => { const m = valid(); m.weights[1][3] = 'x'; return m; }, /weights\[1\] \(10x12\)\[3\] is "x"/],
    ['a null weight (NaN in JSON)', () => { const m = valid(); m.weights[0][0] = null; return m; }, /is null, expected a finite number/],
    ['an overflowing bias', () => { const m = valid(); m.biases[0][0] = 1e39; return m; }, /too large/],
  ];
  for (const [what, make, message] of malformed) {
    it(`rejects ${what} with a clear message`, () => {
      const made = make();
      const text = typeof made === 'string' ? made : JSON.stringify(made);
      expect(() => parseModel(text)).toThrow(ModelFormatError);
      expect(() => parseModel(text)).toThrow(message);
    });
  }

  it('keeps the format tag and version in the file', () => {
    expect(toModelFile(net)).toMatchObject({ format: 'nn-magic-model', version: 1 });
  });
});
