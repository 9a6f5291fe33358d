import type { ConvNetwork } from '../nn/conv/conv-network.ts';
import { forwardLayers } from '../nn/conv/layer-outputs.ts';
import { layerShapes, type LayerSpec } from '../nn/conv/model-spec.ts';
import type { Activation } from '../nn/types.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

/** One layer of a convolutional network and what it made of the image, as Look inside draws it. */
export interface ConvLayerLook {
  /** The layer as the description writes it: conv (maps, kernel), pool (size) or dense (size). */
  layer: LayerSpec;
  /** Maps (or neurons, side 1) in the layer's output, and a map's side. */
  depth: number;
  side: number;
  /** The layer's output: row-major [depth][side][side], after the activation (conv, dense) or the pooling. */
  values: Float32Array;
  /** Maps the layer reads: 1 (the image) for a first conv layer, the maps before it otherwise. */
  channels: number;
  /** A conv layer's filters, row-major [map][channel][row][col] (kernel × kernel each); empty for other layers. */
  filters: Float32Array;
}

/** What a convolutional network makes of one image, layer by layer. */
export interface ConvLook {
  /** The conv and hidden layers' activation (the output's follows the cost). */
  activation: Activation;
  /** The image, 28 × 28 values in [0, 1]. */
  input: Float32Array;
  layers: ConvLayerLook[];
}

/** Every layer's output for `image` (784 values), with each conv layer's filters; null for an image of another size. */
export function convLook(net: ConvNetwork, image: Float32Array): ConvLook | null {
  if (image.length !== IMAGE_SIZE) return null;
  const outputs = forwardLayers(net, image);
  const layers = layerShapes(net.spec).map((s, l) => ({
    layer: s.layer,
    depth: s.output.depth,
    side: s.output.side,
    values: outputs[l + 1],
    channels: s.input.depth,
    filters: s.layer.kind === 'conv' ? net.weights[l].slice() : new Float32Array(0),
  }));
  return { activation: net.activation, input: outputs[0], layers };
}

/** The look's buffers, to transfer to the page rather than copy. */
export const lookBuffers = (look: ConvLook): ArrayBuffer[] => [look.input, ...look.layers.flatMap((l) => [l.values, l.filters])].map((a) => a.buffer as ArrayBuffer);
