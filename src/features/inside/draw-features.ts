import type { FeatureImages } from '../../worker/inspect-features.ts';
import { diverging } from '../../ui/shade.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { paintPixels } from '../../ui/paint-pixels.ts';

/** Pixels per neuron tile in the gallery's own resolution: the 28x28 image and a 2-pixel gap. */
export const TILE = 30;

/** Colours of the 255 signed byte values, computed once: the gallery is 235,200 pixels at 300 neurons. */
const PALETTE = Array.from({ length: 256 }, (_, i) => diverging((i - 128) / 127));

/** Paints every neuron's weights into one image, `cols` tiles a row; the gaps stay the background colour. */
export function paintFeatures(image: ImageData, features: FeatureImages, cols: number): void {
  image.data.fill(0xe2);
  for (let n = 0; n < features.count; n++) {
    paintPixels(image, (n % cols) * TILE, Math.floor(n / cols) * TILE, (p) => PALETTE[features.bytes[n * IMAGE_SIZE + p] + 128]);
  }
}
