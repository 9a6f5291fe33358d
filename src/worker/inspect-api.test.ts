import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import { attribute } from '../nn/attribution.ts';
import { argmax, evaluate, predict } from '../nn/evaluate.ts';
import { createNetwork } from '../nn/network.ts';
import { createRng } from '../nn/rng.ts';
import { createKernelSession } from '../nn/kernel-session.ts';
import { DEFAULT_CONFIG } from '../nn/types.ts';
import { createInspector } from './inspect-api.ts';

/** Digit d lights up columns 2d+4 and 2d+5, with noise: learnable, yet not all answers right at first. */
function stripes(count: number, seed: number): LabelledImages {
  const rng = createRng(seed);
  const images = new Uint8Array(count * IMAGE_SIZE);
  const labels = Uint8Array.from({ length: count }, () => rng.int(10));
  for (let i = 0; i < count; i++) {
    for (let p = 0; p < IMAGE_SIZE; p++) if (rng.next() < 0.1) images[i * IMAGE_SIZE + p] = rng.int(256);
    for (let row = 0; row < 28; row++) images[i * IMAGE_SIZE + row * 28 + 2 * labels[i] + 4] = 255;
  }
  return { images, labels, count };
}

const config = { ...DEFAULT_CONFIG, layers: [784, 16, 12, 10], trainSize: 300, epochs: 1, eta: 0.5 };
const net = createNetwork(config, 'scaled', 3);
// A few mini-batches: some answers right, some wrong, so every part of the report has content.
createKernelSession(net, config, stripes(300, 1)).stepBatches(8);
const test = stripes(1000, 2);
const inspector = createInspector(() => ({ net, test }));

describe('the inspect worker API', () => {
  it('traces the activations the network computes, and the selected neuron’s numbers', () => {
    const image = Float32Array.from(test.images.subarray(0, IMAGE_SIZE), (v) => v / 255);
    const view = inspector.trace(image, { layer: 1, index: 5 })!;
    const outputs = predict(net, image);
    view.activations[3].forEach((a, i) => expect(a).toBeCloseTo(outputs[i], 5));
    expect(Array.from(view.activations[0])).toEqual(Array.from(image));
    const neuron = view.neuron!;
    expect(neuron.incoming).toEqual(net.weights[0].slice(5 * 784, 6 * 784));
    let z = net.biases[0][5];
    for (let k = 0; k < IMAGE_SIZE; k++) z += neuron.incoming[k] * image[k];
    expect(neuron.z).toBeCloseTo(z, 4);
    expect(neuron.activation).toBeCloseTo(1 / (1 + Math.exp(-z)), 5);
    expect(neuron.activation).toBe(view.activations[1][5]);
    const sizes = neuron.strongest.map((c) => Math.abs(c.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(neuron.strongest).toHaveLength(12);
    // Why this answer: gradient × input of the output the network picks, for the image traced.
    const why = attribute(net, image);
    expect(view.why.output).toBe(argmax(outputs));
    expect(view.why.outputKind).toBe('sigmoid');
    expect(Array.from(view.why.values)).toEqual(Array.from(why.values));
  });

  it('refuses a neuron that does not exist and an image of the wrong size', () => {
    const image = new Float32Array(IMAGE_SIZE);
    expect(inspector.trace(image, { layer: 0, index: 3 })!.neuron).toBeNull();
    expect(inspector.trace(image, { layer: 2, index: 12 })!.neuron).toBeNull();
    expect(inspector.trace(new Float32Array(10), null)).toBeNull();
  });

  it('reports a confusion matrix that sums to the test set with the accuracy on its diagonal', async () => {
    const report = (await inspector.analyseTestSet())!;
    const { correct } = evaluate(net, test);
    expect(report.confusion.reduce((s, v) => s + v, 0)).toBe(test.count);
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((s, d) => s + report.confusion[d * 11], 0)).toBe(correct);
    expect(report.accuracy).toBeCloseTo(correct / test.count, 10);
    expect(correct).toBeGreaterThan(0);
    expect(correct).toBeLessThan(test.count);
    const { examples, images, total } = report.mistakes;
    expect(total).toBe(test.count - correct);
    expect(examples.every((e) => e.label !== e.predicted && test.labels[e.index] === e.label)).toBe(true);
    expect(examples.map((e) => e.probability)).toEqual(examples.map((e) => e.probability).sort((a, b) => b - a));
    expect(images.subarray(0, IMAGE_SIZE)).toEqual(test.images.subarray(examples[0].index * IMAGE_SIZE, (examples[0].index + 1) * IMAGE_SIZE));
  });

  it('lists the examples of a confusion-matrix cell', async () => {
    const report = (await inspector.analyseTestSet())!;
    const cell = report.confusion.findIndex((count, i) => count > 0 && i % 11 !== 0);
    const list = inspector.cellExamples(Math.floor(cell / 10), cell % 10)!;
    expect(list.total).toBe(report.confusion[cell]);
    expect(list.images.length).toBe(Math.min(list.total, 48) * IMAGE_SIZE);
    expect(list.examples.every((e) => e.label * 10 + e.predicted === cell)).toBe(true);
  });

  it('turns the first layer’s weights into signed bytes, each neuron on its own scale', () => {
    const { count, bytes, maxAbs } = inspector.featureImages()!;
    expect(count).toBe(16);
    for (let n = 0; n < count; n++) {
      const row = bytes.subarray(n * IMAGE_SIZE, (n + 1) * IMAGE_SIZE);
      expect(Math.max(...Array.from(row, Math.abs))).toBe(127);
      const k = row.findIndex((v) => Math.abs(v) > 20);
      expect(row[k] / 127).toBeCloseTo(net.weights[0][n * IMAGE_SIZE + k] / maxAbs[n], 1);
    }
  });
});
