import { forwardConvBatch } from '../nn/conv/conv-batch.ts';
import type { ConvNetwork } from '../nn/conv/conv-network.ts';
import { createConvScratch } from '../nn/conv/conv-scratch.ts';
import { shapeSize } from '../nn/conv/model-spec.ts';
import { IMAGE_SIZE } from '../mnist/dataset.ts';

/** The first convolutional layer of a network, as Look inside draws it. */
export interface ConvLook {
  /** Feature maps (filters) in the layer. */
  maps: number;
  /** A filter's side: its weights are kernel × kernel. */
  kernel: number;
  /** Each filter's weights, row-major [map][row][col] (the layer sees one input map, the image). */
  filters: Float32Array;
  /** A feature map's side. */
  side: number;
  /** What each filter makes of the image, after the activation: row-major [map][row][col]. */
  featureMaps: Float32Array;
}

/** The first convolutional layer's filters and the feature maps they make of `image` (784 values); null when that layer sees more than the image. */
export function convLook(net: ConvNetwork, image: Float32Array): ConvLook | null {
  const scratch = createConvScratch(net.spec, 1);
  const l = scratch.shapes.findIndex((s) => s.layer.kind === 'conv');
  const shape = scratch.shapes[l];
  if (!shape || shape.layer.kind !== 'conv' || shape.input.depth !== 1 || image.length !== IMAGE_SIZE) return null;
  scratch.acts[0].set(image);
  forwardConvBatch(net, scratch, 1);
  return {
    maps: shape.layer.maps,
    kernel: shape.layer.kernel,
    filters: net.weights[l].slice(),
    side: shape.output.side,
    featureMaps: scratch.acts[l + 1].slice(0, shapeSize(shape.output)),
  };
}
