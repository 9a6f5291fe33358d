import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE, type LabelledImages } from '../mnist/dataset.ts';
import { evaluate } from '../nn/evaluate.ts';
import { createNetwork } from '../nn/network.ts';
import { createRng } from '../nn/rng.ts';
import { answerAll, errorReport } from './inspect-errors.ts';

const net = createNetwork({ layers: [IMAGE_SIZE, 20, 15, 10], activation: 'sigmoid', cost: 'log-likelihood' }, 'scaled', 9);

function randomSet(count: number): LabelledImages {
  const rng = createRng(1);
  return {
    images: Uint8Array.from({ length: count * IMAGE_SIZE }, () => (rng.next() < 0.2 ? rng.int(256) : 0)),
    labels: Uint8Array.from({ length: count }, () => rng.int(10)),
    count,
  };
}

describe('the error report', () => {
  it('has a confusion matrix that sums to the set size with the accuracy on its diagonal', async () => {
    const set = randomSet(500);
    const analysis = errorReport((await answerAll(net, set, () => false))!, 200);
    const total = analysis.confusion.reduce((s, v) => s + v, 0);
    let diagonal = 0;
    for (let d = 0; d < 10; d++) diagonal += analysis.confusion[d * 11];
    expect(total).toBe(500);
    const { correct } = evaluate(net, set);
    expect(diagonal).toBe(correct);
    expect(analysis.accuracy).toBeCloseTo(correct / 500, 10);
    expect(analysis.mistakes.examples.every((m) => m.label !== m.predicted)).toBe(true);
    expect(analysis.mistakes.examples.length).toBe(Math.min(200, 500 - correct));
  });
});
