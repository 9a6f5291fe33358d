import { createScratch } from '../batch.ts';
import { predict } from '../evaluate.ts';
import type { Network } from '../network.ts';
import { predictConv } from './conv-evaluate.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createConvScratch } from './conv-scratch.ts';
import { formatModel } from './parse-model.ts';

/** The model the app holds, loads and saves: the book's fully connected network or a convolutional one. */
export type AnyNetwork = Network | ConvNetwork;

/** True for a network described by a ModelSpec (convolutional); a dense Network has only layer sizes. */
export const isConvNetwork = (net: AnyNetwork): net is ConvNetwork => 'spec' in net;

/** The network's shape in words: "conv 8@5x5, pool 2, 10", or "784, 30, 10" for a dense one. */
export const describeNetwork = (net: AnyNetwork): string => (isConvNetwork(net) ? formatModel(net.spec) : net.layers.join(', '));

/** What a network's outputs are: a softmax's probabilities (with the log-likelihood cost) or sigmoid activations. */
export const outputKindOf = (net: Pick<AnyNetwork, 'cost'>): 'softmax' | 'sigmoid' => (net.cost === 'log-likelihood' ? 'softmax' : 'sigmoid');

/** Output probabilities for one 784-value image, whichever kind the network is. */
export const predictAny = (net: AnyNetwork, image: Float32Array): Float32Array => (isConvNetwork(net) ? predictConv(net, image) : predict(net, image));

/** A function answering one image after another with `net`, its one-image scratch made once (predictAny makes one per call). */
export function answererOf(net: AnyNetwork): (image: Float32Array) => Float32Array {
  if (isConvNetwork(net)) {
    const scratch = createConvScratch(net.spec, 1);
    return (image) => predictConv(net, image, scratch);
  }
  const scratch = createScratch(net.layers, 1);
  return (image) => predict(net, image, scratch);
}

/** `net` when it is fully connected; else throws, naming `what` needs one (the guided path's moments, the CLI's tools). */
export function denseOnly(net: AnyNetwork, what: string): Network {
  if (isConvNetwork(net)) throw new Error(`${what} reads fully connected networks only; this one is ${formatModel(net.spec)}`);
  return net;
}
