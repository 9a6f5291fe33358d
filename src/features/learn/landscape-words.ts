import { IMAGE_SIDE } from '../../mnist/dataset.ts';
import type { WeightAt } from '../../nn/cost-surface.ts';
import { parameterCount } from '../../nn/network.ts';
import type { Landscape } from '../../worker/learn-api.ts';
import { precise, signed } from './learn-format.ts';

/** A neuron of layer `layer` in words, counted as the path counts them: pixels by row and column, hidden neurons from 1, outputs by digit. */
function neuronName(layers: readonly number[], layer: number, index: number): string {
  if (layer === 0) return `pixel (row ${Math.floor(index / IMAGE_SIDE) + 1}, column ${(index % IMAGE_SIDE) + 1})`;
  if (layer === layers.length - 1) return `output ${index}`;
  return layers.length > 3 ? `neuron ${index + 1} of hidden layer ${layer}` : `hidden neuron ${index + 1}`;
}

/** "the weight from hidden neuron 12 to output 7". */
export const weightName = (layers: readonly number[], w: WeightAt) =>
  `the weight from ${neuronName(layers, w.layer, w.from)} to ${neuronName(layers, w.layer + 1, w.to)}`;

/** How many numbers the network learns, and of them how many weights: the real landscape's dimensions. */
export function dimensions(layers: readonly number[]): { all: number; weights: number; biases: number } {
  const all = parameterCount(layers);
  const biases = layers.slice(1).reduce((s, n) => s + n, 0);
  return { all, weights: all - biases, biases };
}

/** Downhill, uphill or level, from the cost before and after. */
export const direction = (before: number, after: number) => (after < before ? 'downhill' : after > before ? 'uphill' : 'level');

/** How a weight moved, in words: "rose by 0.060". */
const moved = (from: number, to: number) => (to > from ? `rose by ${precise(to - from)}` : to < from ? `fell by ${precise(from - to)}` : 'did not move');

/**
 * The picture in words, for its text alternative: where the network is, and which way the last step
 * went (or the next would go), with the drawing's real cost before and after.
 */
export function landscapeText(l: Landscape, eta: number, showLast: boolean): string {
  const here = `The network is at the centre, where the cost of this drawing is ${precise(l.cost)}.`;
  if (showLast && l.last) {
    const [x, y] = l.last.from;
    return (
      `${here} The last step moved it along the solid arrow: the first weight ${moved(x, l.centre[0])}, the second ${moved(y, l.centre[1])}, ` +
      `and the cost went from ${precise(l.last.cost)} to ${precise(l.cost)}, ${direction(l.last.cost, l.cost)}.`
    );
  }
  const [x, y] = l.next;
  return `${here} A step of η ${eta} would move it along the dashed arrow, against the gradient: the first weight ${moved(l.centre[0], x)}, the second ${moved(l.centre[1], y)}.`;
}

/** The range each weight spans, for the caption: "0.52 ± 0.60". */
export const around = (centre: number, span: number) => `${signed(centre, 2)} ± ${signed(span, 2)}`;
