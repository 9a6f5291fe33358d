import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { evaluateConv } from '../nn/conv/conv-evaluate.ts';
import { createConvNetwork } from '../nn/conv/conv-network.ts';
import { forwardLayers } from '../nn/conv/layer-outputs.ts';
import { parseModel } from '../nn/conv/parse-model.ts';
import { createInspector } from './inspect-api.ts';
import { stripes } from './trainer-test-data.ts';

const net = createConvNetwork(parseModel('conv 4@5x5, pool 2, conv 6@3x3, pool 2, 12, 10'), 'relu', 'log-likelihood', 'scaled', 3);
const test = stripes(60);
const inspector = createInspector(() => ({ net, test }));
const image = Float32Array.from(test.images.subarray(0, IMAGE_SIZE), (v) => v / 255);

describe('the inspect worker API with a convolutional network', () => {
  it('answers every layer’s output for an image, as the network computes it, with each conv layer’s filters', () => {
    const look = inspector.convLook(image)!;
    const outputs = forwardLayers(net, image);
    expect(look.activation).toBe('relu');
    expect(Array.from(look.input)).toEqual(Array.from(image));
    expect(look.layers.map((l) => [l.layer.kind, l.depth, l.side, l.channels])).toEqual([
      ['conv', 4, 24, 1],
      ['pool', 4, 12, 4],
      ['conv', 6, 10, 4],
      ['pool', 6, 5, 6],
      ['dense', 12, 1, 6],
      ['dense', 10, 1, 12],
    ]);
    look.layers.forEach((l, i) => expect(Array.from(l.values)).toEqual(Array.from(outputs[i + 1])));
    expect(Array.from(look.layers[0].filters)).toEqual(Array.from(net.weights[0]));
    expect(look.layers[2].filters).toHaveLength(6 * 4 * 3 * 3);
    expect(look.layers[1].filters).toHaveLength(0);
  });

  it('refuses an image of the wrong size', () => {
    expect(inspector.convLook(new Float32Array(10))).toBeNull();
  });

  it('analyses the test set for the Errors view, as evaluateConv counts it', async () => {
    const report = (await inspector.analyseTestSet())!;
    const { correct } = evaluateConv(net, test);
    expect(report.total).toBe(test.count);
    expect(report.correct).toBe(correct);
    expect(report.confusion.reduce((s, v) => s + v, 0)).toBe(test.count);
    expect(report.mistakes.total).toBe(test.count - correct);
    const cell = report.confusion.findIndex((count) => count > 0);
    expect(inspector.cellExamples(Math.floor(cell / 10), cell % 10)!.total).toBe(report.confusion[cell]);
  });

  it('gives the fully connected views nothing rather than a wrong picture', () => {
    expect(inspector.trace(image, null)).toBeNull();
    expect(inspector.featureImages()).toBeNull();
  });
});
