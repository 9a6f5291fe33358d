import { describe, expect, it } from 'vitest';
import { hiddenVotes } from './hidden-votes.ts';
import { traceForward } from './inspect.ts';
import { createNetwork } from './network.ts';

const image = Float32Array.from({ length: 784 }, (_, p) => ((p * 37) % 11) / 10);

describe('hiddenVotes', () => {
  it('with one hidden layer, votes are activation × weight into the answer, and they and the bias add up to its z', () => {
    const net = createNetwork({ layers: [784, 12, 10], activation: 'sigmoid', cost: 'quadratic' }, 'scaled', 3);
    const trace = traceForward(net, image);
    const votes = hiddenVotes(net, trace, 4);
    const outputs = trace.activations[2];
    expect(outputs[votes.answer]).toBe(Math.max(...outputs));
    expect(votes.direct).toBe(true);
    for (const v of votes.voters) {
      expect(v.pull).toBe(net.weights[1][votes.answer * 12 + v.index]);
      expect(v.activation).toBe(trace.activations[1][v.index]);
      expect(v.vote).toBeCloseTo(v.activation * v.pull, 6);
      expect(Array.from(v.weights)).toEqual(Array.from(net.weights[0].subarray(v.index * 784, (v.index + 1) * 784)));
    }
    expect(votes.forSum + votes.againstSum + votes.bias).toBeCloseTo(votes.z, 4);
    expect(votes.forCount + votes.againstCount).toBeLessThanOrEqual(12);
  });

  it('shows the largest positive votes, largest first, and no neuron that voted against', () => {
    const net = createNetwork({ layers: [784, 12, 10], activation: 'sigmoid', cost: 'quadratic' }, 'scaled', 3);
    const trace = traceForward(net, image);
    const votes = hiddenVotes(net, trace, 4);
    const all = Array.from(trace.activations[1], (a, j) => a * net.weights[1][votes.answer * 12 + j]).sort((a, b) => b - a);
    const expected = all.filter((v) => v > 0).slice(0, 4);
    expect(votes.voters.map((v) => v.vote)).toEqual(expected.map((v) => expect.closeTo(v, 6)));
    expect(votes.forCount).toBe(all.filter((v) => v > 0).length);
    expect(votes.voters.every((v) => v.vote > 0)).toBe(true);
  });

  it('with two hidden layers, each pull is ∂z of the answer over the neuron’s activation (finite differences)', () => {
    const net = createNetwork({ layers: [784, 6, 5, 10], activation: 'tanh', cost: 'cross-entropy' }, 'scaled', 4);
    const trace = traceForward(net, image);
    const votes = hiddenVotes(net, trace, 6);
    expect(votes.direct).toBe(false);
    // z of the answer from the first hidden layer's activations, run forward by hand.
    const zOf = (a1: number[]) => {
      const a2 = Array.from({ length: 5 }, (_, j) => Math.tanh(net.biases[1][j] + a1.reduce((s, a, i) => s + a * net.weights[1][j * 6 + i], 0)));
      return net.biases[2][votes.answer] + a2.reduce((s, a, j) => s + a * net.weights[2][votes.answer * 5 + j], 0);
    };
    const h = 1e-3;
    for (const v of votes.voters) {
      const up = Array.from(trace.activations[1]);
      const down = Array.from(trace.activations[1]);
      up[v.index] += h;
      down[v.index] -= h;
      expect(v.pull).toBeCloseTo((zOf(up) - zOf(down)) / (2 * h), 3);
    }
  });
});
