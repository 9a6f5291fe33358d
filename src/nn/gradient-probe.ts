import { cloneNetwork, type Network } from './network.ts';

/** One parameter's gradient two ways: from an SGD step, and by central finite differences. */
export interface GradientPair {
  where: string;
  analytic: number;
  numeric: number;
}

const STEP = 1e-2;

/**
 * Test support for every engine's gradient check. `stepped` is `net` after one SGD step with
 * eta = 1, which moves each parameter by exactly minus its gradient; `cost` is the regularised cost
 * that step descends. Probes two weights and two biases of every layer (for the first layer, weights
 * of an input column with ink, since blank columns are skipped).
 */
export function gradientPairs(net: Network, stepped: Network, cost: (probe: Network) => number, inkColumn: number): GradientPair[] {
  const pair = (l: number, i: number, which: 'weights' | 'biases'): GradientPair => {
    const plus = cloneNetwork(net);
    plus[which][l][i] += STEP;
    const minus = cloneNetwork(net);
    minus[which][l][i] -= STEP;
    return {
      where: `${which}[${l}][${i}]`,
      analytic: net[which][l][i] - stepped[which][l][i],
      numeric: (cost(plus) - cost(minus)) / (2 * STEP),
    };
  };
  const pairs: GradientPair[] = [];
  for (let l = 0; l + 1 < net.layers.length; l++) {
    pairs.push(pair(l, l === 0 ? inkColumn : 1, 'weights'));
    pairs.push(pair(l, l === 0 ? net.layers[0] + inkColumn : net.layers[l] + 2, 'weights'));
    pairs.push(pair(l, 0, 'biases'), pair(l, 1, 'biases'));
  }
  return pairs;
}

/**
 * dC/dp for p = params[i] by central finite differences (by default with gradientPairs' step):
 * params[i] is moved in place and put back. For networks gradientPairs does not know (src/nn/conv).
 */
export function numericDerivative(params: Float32Array, i: number, cost: () => number, step = STEP): number {
  const saved = params[i];
  params[i] = saved + step;
  const plus = cost();
  params[i] = saved - step;
  const minus = cost();
  params[i] = saved;
  return (plus - minus) / (2 * step);
}

/** float32 forward passes limit agreement to about 1e-3 of the larger of the two. */
export const gradientTolerance = ({ analytic, numeric }: GradientPair) => 2e-3 + 2e-2 * Math.max(Math.abs(analytic), Math.abs(numeric));
