import { transfer } from 'comlink';
import { shiftImage, type Shift } from '../drawing/shift-image.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';
import { parseAnyBinaryModel } from '../nn/binary-model.ts';
import { isConvNetwork, outputKindOf, predictAny } from '../nn/conv/any-network.ts';
import type { ConvNetwork } from '../nn/conv/conv-network.ts';
import type { Network } from '../nn/network.ts';
import { convLook } from './inspect-conv.ts';

/** What the step "Why convolution" shows of a drawing moved by a shift. */
export interface WhyConvLook {
  /** The moved drawing as both networks read it: 784 values, row-major. */
  image: Float32Array;
  /** Filters in the convolutional network's first layer. */
  filters: number;
  kernel: number;
  /** The chosen filter's kernel × kernel weights, row-major, and its bias. */
  filter: Float32Array;
  bias: number;
  /** The feature map's side (28 − kernel + 1) and the chosen filter's map of the moved drawing after ReLU, row-major. */
  side: number;
  map: Float32Array;
  /** The ten outputs of each network: the convolutional one's softmax, the book's sigmoid. */
  convOutputs: Float32Array;
  denseOutputs: Float32Array;
  /** What each network's outputs are: softmax probabilities or sigmoid activations. */
  convKind: OutputKind;
  denseKind: OutputKind;
}

export type OutputKind = ReturnType<typeof outputKindOf>;

/**
 * The worker side of the step "Why convolution": its two networks, sent by the page when the step
 * first opens (never on a first visit), read the person's drawing moved a few pixels.
 */
export function createWhyConvApi() {
  let nets: { conv: ConvNetwork; dense: Network } | null = null;
  return {
    /** Keeps the step's convolutional network and the fully connected one it is set beside (binary model files). */
    loadWhyConvModels(convBytes: Uint8Array, denseBytes: Uint8Array): void {
      const conv = parseAnyBinaryModel(convBytes).net;
      const dense = parseAnyBinaryModel(denseBytes).net;
      if (!isConvNetwork(conv) || isConvNetwork(dense)) throw new Error('the step “Why convolution” needs a convolutional and a fully connected network');
      nets = { conv, dense };
    },

    /** Whether the two networks are here already (a new worker is sent them again). */
    hasWhyConvModels: (): boolean => nets !== null,

    /** Both networks on the drawing moved by `shift`, with filter `filter`'s weights and map; null before the networks or without a drawing. */
    whyConvLook(drawing: Float32Array, shift: Shift, filter: number): WhyConvLook | null {
      if (!nets || drawing.length !== IMAGE_SIZE) return null;
      const image = shiftImage(drawing, shift);
      // The first convolutional layer: the one that sees the image itself.
      const first = nets.conv.spec.layers.findIndex((l) => l.kind === 'conv');
      const layer = convLook(nets.conv, image)?.layers[first];
      if (!layer || layer.layer.kind !== 'conv' || layer.channels !== 1 || !(Number.isInteger(filter) && filter >= 0 && filter < layer.depth)) return null;
      const { kernel } = layer.layer;
      const size = kernel * kernel;
      const mapSize = layer.side * layer.side;
      const look = { maps: layer.depth, kernel, side: layer.side, filters: layer.filters, featureMaps: layer.values };
      const result: WhyConvLook = {
        image,
        filters: look.maps,
        kernel: look.kernel,
        filter: look.filters.slice(filter * size, (filter + 1) * size),
        bias: nets.conv.biases[first][filter],
        side: look.side,
        map: look.featureMaps.slice(filter * mapSize, (filter + 1) * mapSize),
        convOutputs: predictAny(nets.conv, image),
        denseOutputs: predictAny(nets.dense, image),
        convKind: outputKindOf(nets.conv),
        denseKind: outputKindOf(nets.dense),
      };
      return transfer(result, [result.image, result.filter, result.map, result.convOutputs, result.denseOutputs].map((a) => a.buffer));
    },
  };
}
