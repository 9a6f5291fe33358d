import { describe, expect, it } from 'vitest';
import { createScratch, forwardBatch } from './batch.ts';
import { analyseErrors } from './analyse-errors.ts';
import { traceForward } from './inspect.ts';
import { evaluate } from './evaluate.ts';
import { createNetwork } from './network.ts';
import { createRng } from './rng.ts';
import type { LabelledImages } from '../mnist/dataset.ts';

const net = createNetwork({ layers: [784, 20, 15, 10], activation: 'sigmoid', cost: 'log-likelihood' }, 'scaled', 9);

function randomSet(count: number): LabelledImages {
  const rng = createRng(1);
  return {
    images: Uint8Array.from({ length: count * 784 }, () => (rng.next() < 0.2 ? rng.int(256) : 0)),
    labels: Uint8Array.from({ length: count }, () => rng.int(10)),
    count,
  };
}

describe('inspection', () => {
  it('shows the activations the network computes', () => {
    const rng = createRng(2);
    const image = Float32Array.from({ length: 784 }, () => rng.next());
    const trace = traceForward(net, image);
    const scratch = createScratch(net.layers, 1);
    scratch.acts[0].set(image);
    forwardBatch(net, scratch, 1);
    for (let l = 1; l < net.layers.length; l++) {
      expect(trace.activations[l].length).toBe(net.layers[l]);
      trace.activations[l].forEach((a, i) => expect(a).toBeCloseTo(scratch.acts[l][i], 5));
    }
    // Softmax outputs sum to 1; sigmoid hidden neurons lie in [0, 1].
    expect(trace.activations[3].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 5);
    expect(trace.activations[1].every((a) => a >= 0 && a <= 1)).toBe(true);
  });

  it('has a confusion matrix that sums to the set size with the accuracy on its diagonal', () => {
    const set = randomSet(500);
    const analysis = analyseErrors(net, set);
    const total = analysis.confusion.reduce((s, v) => s + v, 0);
    let diagonal = 0;
    for (let d = 0; d < 10; d++) diagonal += analysis.confusion[d * 11];
    expect(total).toBe(500);
    const { correct } = evaluate(net, set);
    expect(diagonal).toBe(correct);
    expect(analysis.accuracy).toBeCloseTo(correct / 500, 10);
    expect(analysis.mistakes.every((m) => m.label !== m.predicted)).toBe(true);
    expect(analysis.mistakes.length).toBe(Math.min(200, 500 - correct));
  });
});
