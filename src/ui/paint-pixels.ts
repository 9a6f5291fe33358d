import { IMAGE_SIDE, IMAGE_SIZE } from '../mnist/dataset.ts';

/**
 * Paints one 28x28 image into `image` with its top-left corner at (x, y), one pixel per value,
 * opaque: the one loop behind every 28x28 picture (PixelImage, the test digits, the feature gallery).
 */
export function paintPixels(image: ImageData, x: number, y: number, colourOf: (pixel: number) => ArrayLike<number>): void {
  const { data, width } = image;
  for (let p = 0; p < IMAGE_SIZE; p++) {
    const colour = colourOf(p);
    const o = ((y + Math.floor(p / IMAGE_SIDE)) * width + x + (p % IMAGE_SIDE)) * 4;
    data[o] = colour[0];
    data[o + 1] = colour[1];
    data[o + 2] = colour[2];
    data[o + 3] = 255;
  }
}
