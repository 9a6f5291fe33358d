import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { forwardConvBatch } from './conv-batch.ts';
import type { ConvNetwork } from './conv-network.ts';
import { createConvScratch, type ConvScratch } from './conv-scratch.ts';
import { shapeSize } from './model-spec.ts';

/**
 * What every layer makes of one image, by the network's own forward pass (forwardConvBatch, dropout
 * off): outputs[0] is the image, outputs[l + 1] layer l's output, row-major [depth][side][side]: a
 * conv layer's maps after the activation, a pooling layer's pooled maps, a dense layer's
 * activations (the last: softmax or sigmoid). Copies, so the scratch can be used again.
 */
export function forwardLayers(net: ConvNetwork, image: Float32Array, scratch: ConvScratch = createConvScratch(net.spec, 1)): Float32Array[] {
  scratch.acts[0].set(image.subarray(0, IMAGE_SIZE));
  forwardConvBatch(net, scratch, 1);
  return [net.spec.input, ...scratch.shapes.map((s) => s.output)].map((shape, l) => scratch.acts[l].slice(0, shapeSize(shape)));
}
