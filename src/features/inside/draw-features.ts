import type { FeatureImages } from '../../worker/inspect-features.ts';
import { diverging } from '../../ui/shade.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';

/** Pixels per neuron tile in the gallery's own resolution: the 28x28 image and a 2-pixel gap. */
export const TILE = 30;

/** Colours of the 255 signed byte values, computed once: the gallery is 235,200 pixels at 300 neurons. */
const PALETTE = Array.from({ length: 256 }, (_, i) => diverging((i - 128) / 127));

/** Paints every neuron's weights into one image, `cols` tiles a row; the gaps stay the background colour. */
export function paintFeatures(image: ImageData, features: FeatureImages, cols: number): void {
  const { data, width } = image;
  data.fill(0xe2);
  for (let n = 0; n < features.count; n++) {
    const ox = (n % cols) * TILE;
    const oy = Math.floor(n / cols) * TILE;
    for (let p = 0; p < IMAGE_SIZE; p++) {
      const colour = PALETTE[features.bytes[n * IMAGE_SIZE + p] + 128];
      const o = ((oy + Math.floor(p / 28)) * width + ox + (p % 28)) * 4;
      data[o] = colour[0];
      data[o + 1] = colour[1];
      data[o + 2] = colour[2];
      data[o + 3] = 255;
    }
  }
}
