import { drawingCost } from './explain.ts';
import { cloneNetwork, type Network } from './network.ts';

/** One weight of the network: weights[layer][to * layers[layer] + from], from neuron `from` of layer `layer` to neuron `to` of the next. */
export interface WeightAt {
  layer: number;
  to: number;
  from: number;
}

/** Where a weight sits in its layer's row-major [out][in] buffer. */
export const weightIndex = (layers: readonly number[], w: WeightAt) => w.to * layers[w.layer] + w.from;

/**
 * The `count` weights with the largest gradient in size, each into a different neuron, largest first.
 * Two weights into the same neuron from two inputs that are both near 1 have equal gradients and act
 * on the cost only through their sum: their picture would be one slope seen along a diagonal.
 */
export function steepestWeights(layers: readonly number[], gradients: readonly Float32Array[], count = 2): WeightAt[] {
  const best: { w: WeightAt; size: number }[] = [];
  gradients.forEach((g, layer) => {
    const nIn = layers[layer];
    for (let to = 0; to * nIn < g.length; to++) {
      let from = 0;
      for (let i = 1; i < nIn; i++) if (Math.abs(g[to * nIn + i]) > Math.abs(g[to * nIn + from])) from = i;
      best.push({ w: { layer, to, from }, size: Math.abs(g[to * nIn + from]) });
    }
  });
  // A stable sort: of two equal ones, the earlier neuron comes first.
  return best
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map((b) => b.w);
}

/** The cost of one drawing over a square grid of two weights' values, all else as the network has it. */
export interface CostSurface {
  /** The two weights: the first runs along x (columns), the second along y (rows). */
  axes: [WeightAt, WeightAt];
  /** Their values in the network: the grid's centre. */
  centre: [number, number];
  /** Each weight runs from its centre − span to its centre + span (the same span both ways, so the picture is not stretched). */
  span: number;
  /** Points per side (odd, so the centre is a grid point). */
  size: number;
  /** costs[row * size + col]: the cost with the first weight at gridValue(centre[0], col) and the second at gridValue(centre[1], row). */
  costs: Float32Array;
}

/**
 * How far the picture reaches either side: four times the largest move one step of `eta` makes on the
 * two weights, so the step's arrow is a quarter of the way to the edge and the slope around it shows;
 * at least 0.25, so that where the gradient is about 0 the flat ground around still shows.
 */
export const surfaceSpan = (eta: number, gradients: readonly number[]) => Math.max(0.25, 4 * eta * Math.max(...gradients.map(Math.abs)));

/** The value of a weight at grid point i (0 to size − 1): its centre at the middle point, exactly. */
export const gridValue = (centre: number, span: number, size: number, i: number) => Math.fround(centre + span * ((2 * i) / (size - 1) - 1));

/**
 * The drawing's cost with the network's own cost function (the one it trains with) over a
 * size x size grid of the two weights `axes` around their values in `net`. Works on a copy: `net`
 * is not changed.
 */
export function costSurface(net: Network, image: Float32Array, label: number, axes: [WeightAt, WeightAt], span: number, size = 25): CostSurface {
  if (!(size >= 3 && size % 2 === 1)) throw new Error(`the grid needs an odd size of at least 3, got ${size}`);
  const probe = cloneNetwork(net);
  const [ix, iy] = axes.map((w) => weightIndex(net.layers, w));
  const [wx, wy] = axes.map((w) => probe.weights[w.layer]);
  const centre: [number, number] = [wx[ix], wy[iy]];
  const costs = new Float32Array(size * size);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      // Set x after y: were both the same weight, x would win, as the test computes it.
      wy[iy] = gridValue(centre[1], span, size, row);
      wx[ix] = gridValue(centre[0], span, size, col);
      costs[row * size + col] = drawingCost(probe, image, label).cost;
    }
  }
  return { axes, centre, span, size, costs };
}
