import { describe, expect, it } from 'vitest';
import type { Landscape } from '../../worker/learn-api.ts';
import { dimensions, landscapeText, weightName } from './landscape-words.ts';

const BOOK = [784, 30, 10];

describe('the cost landscape in words', () => {
  it('names a weight by the neurons it joins, as the path counts them', () => {
    expect(weightName(BOOK, { layer: 0, to: 11, from: 28 * 4 + 9 })).toBe('the weight from pixel (row 5, column 10) to hidden neuron 12');
    expect(weightName(BOOK, { layer: 1, to: 7, from: 0 })).toBe('the weight from hidden neuron 1 to output 7');
    expect(weightName([784, 16, 16, 10], { layer: 1, to: 2, from: 3 })).toBe('the weight from neuron 4 of hidden layer 1 to neuron 3 of hidden layer 2');
  });

  it('counts the real landscape’s dimensions from the layers', () => {
    expect(dimensions(BOOK)).toEqual({ all: 23_860, weights: 23_820, biases: 40 });
    expect(dimensions([784, 100, 10]).all).toBe(784 * 100 + 100 * 10 + 110);
  });

  it('says where the network is and which way the step went', () => {
    const landscape = { cost: 0.305, centre: [0.56, -0.2], next: [0.6, -0.25], last: { from: [0.5, -0.1], cost: 0.412 } } as unknown as Landscape;
    expect(landscapeText(landscape, 1, true)).toBe(
      'The network is at the centre, where the cost of this drawing is 0.305. The last step moved it along the solid arrow: the first weight rose by 0.0600, ' +
        'the second fell by 0.100, and the cost went from 0.412 to 0.305, downhill.',
    );
    expect(landscapeText(landscape, 1, false)).toMatch(/A step of η 1 would move it along the dashed arrow, against the gradient: the first weight rose by 0\.0400, the second fell by 0\.0500\.$/);
  });
});
