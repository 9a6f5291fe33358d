import { IMAGE_SIDE } from '../mnist/dataset.ts';

/**
 * Paints one 28x28 image (or side × side: a convolutional filter or feature map) into `image` with its
 * top-left corner at (x, y), one pixel per value, opaque: the one loop behind every such picture
 * (PixelImage, the test digits, the feature gallery).
 */
export function paintPixels(image: ImageData, x: number, y: number, colourOf: (pixel: number) => ArrayLike<number>, side = IMAGE_SIDE): void {
  const { data, width } = image;
  for (let p = 0; p < side * side; p++) {
    const colour = colourOf(p);
    const o = ((y + Math.floor(p / side)) * width + x + (p % side)) * 4;
    data[o] = colour[0];
    data[o + 1] = colour[1];
    data[o + 2] = colour[2];
    data[o + 3] = 255;
  }
}
