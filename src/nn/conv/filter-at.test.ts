import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMnistFromDisk } from '../../../scripts/node-mnist.ts';
import { IMAGE_SIDE, IMAGE_SIZE } from '../../mnist/dataset.ts';
import { convLook } from '../../worker/inspect-conv.ts';
import { parseAnyBinaryModel } from '../binary-model.ts';
import { isConvNetwork } from './any-network.ts';
import { filterAt } from './filter-at.ts';
import { WHY_CONV_MODEL } from './why-conv-model.ts';

describe('filterAt', () => {
  it('is the sum the network does: ReLU of it is every value of the step’s feature maps, on a real test digit', () => {
    const { net } = parseAnyBinaryModel(new Uint8Array(readFileSync(new URL(`../../../public/models/${WHY_CONV_MODEL.file}`, import.meta.url))));
    if (!isConvNetwork(net)) throw new Error('why-conv.bin is not convolutional');
    const { test } = loadMnistFromDisk();
    const image = Float32Array.from(test.images.subarray(0, IMAGE_SIZE), (v) => v / 255);
    const first = convLook(net, image)!.layers[0];
    if (first.layer.kind !== 'conv') throw new Error('why-conv.bin does not start with a convolution');
    const look = { maps: first.depth, kernel: first.layer.kernel, side: first.side, filters: first.filters, featureMaps: first.values };
    // The count the step writes: 8 maps of 24×24 from 5×5 filters on the 28×28 image.
    expect([look.maps, look.kernel, look.side]).toEqual([8, 5, 24]);
    const k2 = look.kernel ** 2;
    for (let m = 0; m < look.maps; m++) {
      for (let p = 0; p < look.side ** 2; p++) {
        const z = filterAt(image, IMAGE_SIDE, look.filters.subarray(m * k2, (m + 1) * k2), look.kernel, net.biases[0][m], Math.floor(p / look.side), p % look.side);
        expect(Math.max(0, z)).toBeCloseTo(look.featureMaps[m * look.side ** 2 + p], 4);
      }
    }
  });

  it('refuses a place where the filter leaves the image', () => {
    expect(() => filterAt(new Float32Array(784), 28, new Float32Array(25), 5, 0, 24, 0)).toThrow('leaves the 28×28 image');
    expect(filterAt([1, 2, 3, 4], 2, [10], 1, 0.5, 1, 1)).toBe(40.5);
  });
});
