import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../nn/network.ts';
import { parseModel, serializeModel } from '../../nn/serialize.ts';
import { DEFAULT_CONFIG } from '../../nn/types.ts';
import { MAX_MODEL_FILE_BYTES, modelFileName, readModelFile, type FileLike } from './model-file.ts';

const net = createNetwork({ ...DEFAULT_CONFIG, layers: [784, 12, 10] }, 'scaled', 3);
const good = JSON.parse(serializeModel(net, { ...DEFAULT_CONFIG, layers: [784, 12, 10] }, { bestTestAccuracy: 0.9 })) as Record<string, unknown>;

const file = (text: string, name = 'model.json', size = new TextEncoder().encode(text).length): FileLike => ({ name, size, text: async () => text });
const withField = (patch: Record<string, unknown>) => file(JSON.stringify({ ...good, ...patch }));

/** The import path as the page runs it: file checks in the page, then parseModel in the worker. */
const importFile = async (f: FileLike) => parseModel(await readModelFile(f));

describe('importing a model file', () => {
  it('accepts a file the app exported, with its config and metrics, and a byte-order mark before it', async () => {
    const model = await importFile(file(`\uFEFF${JSON.stringify(good)}`));
    expect(model.net.layers).toEqual([784, 12, 10]);
    expect(model.net.weights[0]).toEqual(net.weights[0]);
    expect(model.metrics?.bestTestAccuracy).toBe(0.9);
    expect(model.config?.eta).toBe(DEFAULT_CONFIG.eta);
  });

  const malformed: [string, () => FileLike, RegExp][] = [
    ['a name without .json', () => file(JSON.stringify(good), 'model.png'), /does not end in \.json/],
    ['an empty file', () => file('', 'model.json'), /empty/],
    ['a file over the size limit, refused before reading', () => ({ name: 'big.json', size: MAX_MODEL_FILE_BYTES + 1, text: () => Promise.reject(new Error('read')) }), /more than the limit of 50\.0 MB/],
    ['only blank space', () => file('  \n\t '), /blank space/],
    ['binary data', () => file('\u0089PNG\r\n\u001a\n\u0000\u0000'), /binary/],
    ['text that is not JSON', () => file('hello, model'), /does not start with a JSON object/],
    ['a JSON array', () => file('[1, 2, 3]'), /does not start with a JSON object/],
    ['truncated JSON', () => file(JSON.stringify(good).slice(0, 500)), /not valid JSON/],
    ['another program’s JSON', () => file('{"name": "my-package", "version": "1.0.0"}'), /not an NN Magic model/],
    ['a newer format version', () => withField({ version: 3 }), /unsupported model version 3/],
    ['an input layer of 783', () => withField({ layers: [783, 12, 10] }), /input layer has 783/],
    ['an output layer of 9', () => withField({ layers: [784, 12, 9] }), /output layer has 9/],
    ['layer sizes that disagree with the weights', () => withField({ layers: [784, 13, 10] }), /weights\[0\] \(13x784\) has 9408 values, expected 10192/],
    ['too few biases', () => withField({ biases: [(good.biases as number[][])[0].slice(1), (good.biases as number[][])[1]] }), /biases\[0\] has 11 values, expected 12/],
    ['a weight that is not a number', () => withField({ weights: [['x', ...(good.weights as number[][])[0].slice(1)], (good.weights as number[][])[1]] }), /weights\[0\].*\[0\] is "x"/],
    ['a null weight (NaN or Infinity written by JSON.stringify)', () => withField({ biases: [(good.biases as number[][])[0], [null, ...(good.biases as number[][])[1].slice(1)]] }), /biases\[1\]\[0\] is null/],
    ['an unknown activation', () => withField({ activation: 'swish' }), /unknown activation "swish"/],
    ['an unknown cost', () => withField({ cost: 'hinge' }), /unknown cost "hinge"/],
    ['more parameters than the limit', () => withField({ layers: [784, 7000, 10] }), /more than the limit of 5,000,000/],
    ['a missing weights array', () => withField({ weights: undefined }), /"weights" must hold 2 weight matrices/],
  ];

  it.each(malformed)('refuses %s, naming the fault', async (_, make, message) => {
    await expect(importFile(make())).rejects.toThrow(message);
  });

  it('keeps only the recorded settings within the app’s limits, and plain metrics', async () => {
    const model = await importFile(withField({ config: { eta: 1e9, seed: 4, layers: 'big', evil: 1 }, metrics: { bestTestAccuracy: 0.97, note: { x: 1 }, bad: 'y'.repeat(500) } }));
    expect(model.config).toEqual({ seed: 4 });
    expect(model.metrics).toEqual({ bestTestAccuracy: 0.97 });
  });
});

describe('modelFileName', () => {
  it('says the layers and the accuracy', () => {
    expect(modelFileName([784, 100, 10], 0.97724)).toBe('nn-magic-784-100-10-97.72pct.json');
    expect(modelFileName([784, 30, 10])).toBe('nn-magic-784-30-10.json');
  });
});
