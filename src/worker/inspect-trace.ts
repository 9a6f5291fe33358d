import { attribute, type Attribution } from '../nn/attribution.ts';
import { traceForward } from '../nn/inspect.ts';
import type { Network } from '../nn/network.ts';

/** A neuron of the network: layer 1 is the first hidden layer, the last layer the outputs. */
export interface NeuronRef {
  layer: number;
  index: number;
}

/** One incoming connection of a neuron and what it adds to z for the current input. */
export interface Connection {
  /** The neuron of the layer below it comes from. */
  from: number;
  weight: number;
  /** weight * activation of `from`. */
  contribution: number;
}

/** The selected neuron's numbers, for the details beside the network view. */
export interface NeuronDetail extends NeuronRef {
  activation: number;
  bias: number;
  z: number;
  /** Its weights from every neuron of the layer below (784 for the first hidden layer). */
  incoming: Float32Array;
  /** The strongest connections by |weight * activation|, ties (blank inputs) by |weight|. */
  strongest: Connection[];
}

/** What the network view draws for one input image. */
export interface TraceView {
  /** activations[0]: the input; activations[l]: layer l, as the network computes them. */
  activations: Float32Array[];
  zs: Float32Array[];
  neuron: NeuronDetail | null;
  /** Why the network gives its answer for this image: gradient × input of its top output. */
  why: Attribution;
}

/** How many of a neuron's incoming connections the view draws. */
export const STRONGEST_COUNT = 12;

/** The strongest incoming connections of neuron `index` of layer `layer`, given the layer below's activations. */
export function strongestConnections(net: Network, layer: number, index: number, below: Float32Array, count = STRONGEST_COUNT): Connection[] {
  const nIn = net.layers[layer - 1];
  const W = net.weights[layer - 1];
  const all: Connection[] = [];
  for (let k = 0; k < nIn; k++) {
    const weight = W[index * nIn + k];
    all.push({ from: k, weight, contribution: weight * below[k] });
  }
  all.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || Math.abs(b.weight) - Math.abs(a.weight));
  return all.slice(0, count);
}

/** Every layer's activations and zs for `image`, plus the details of `selected` if it names a neuron. */
export function traceView(net: Network, image: Float32Array, selected: NeuronRef | null): TraceView {
  const trace = traceForward(net, image);
  const { activations, zs } = trace;
  const why = attribute(net, image, undefined, trace);
  const valid = selected && selected.layer >= 1 && selected.layer < net.layers.length && selected.index >= 0 && selected.index < net.layers[selected.layer];
  if (!valid) return { activations, zs, neuron: null, why };
  const { layer, index } = selected;
  const nIn = net.layers[layer - 1];
  return {
    activations,
    zs,
    why,
    neuron: {
      layer,
      index,
      activation: activations[layer][index],
      bias: net.biases[layer - 1][index],
      z: zs[layer - 1][index],
      incoming: net.weights[layer - 1].slice(index * nIn, (index + 1) * nIn),
      strongest: strongestConnections(net, layer, index, activations[layer - 1]),
    },
  };
}
