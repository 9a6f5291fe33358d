import { areaResample, areaWeights } from './area-resample.ts';
import { BRUSH_WIDTH, PAD_SIZE } from './brush.ts';
import { rasterizeStrokes } from './rasterize.ts';
import { IMAGE_SIDE } from '../mnist/dataset.ts';
import type { Stroke } from './strokes.ts';

/** Side of the network's input image, in pixels. */
/** MNIST scales each digit so that the longer side of its ink box is this many pixels. */
export const DIGIT_BOX = 20;
// MNIST's mean intensity centre of mass, measured over its training images in pixel-index
// coordinates, is (14.00, 14.00).
const CENTRE = 14;

/** Bounding box of the pixels with ink, [x0, x1) x [y0, y1), or null when the pad is blank. */
export function inkBounds(pad: Float32Array, size: number): { x0: number; y0: number; x1: number; y1: number } | null {
  let x0 = size;
  let y0 = size;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < size; y++) {
    const row = y * size;
    for (let x = 0; x < size; x++) {
      if (pad[row + x] <= 0) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  return x1 < 0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/**
 * MNIST-style (LeCun) preprocessing: crop to ink bbox, scale longer side to 20 px with area averaging,
 * keep aspect, place in 28x28 with intensity centre of mass at the centre. null when there is no ink.
 * `pad` is a size x size row-major coverage map, 0 paper .. 1 ink; the result is 784 values in [0, 1].
 */
export function preprocess(pad: Float32Array, size: number): Float32Array | null {
  const box = inkBounds(pad, size);
  if (!box) return null;
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const scale = DIGIT_BOX / Math.max(width, height);
  const mass = centreOfMass(pad, size, box);
  // Sub-pixel placement: the pad's centre of mass (continuous coordinates, pixel k spans [k, k+1))
  // maps to the centre of pixel CENTRE; area averaging keeps mass, so the image's centre of mass
  // lands there too. LeCun shifted by whole pixels; sub-pixel keeps a drawing moved on the pad from
  // jumping a pixel, and measured +0.5 points on the drawn digits (90.25% against 89.75%).
  const columns = areaWeights(width, scale, CENTRE + 0.5 - (mass.x - box.x0) * scale, IMAGE_SIDE);
  const rows = areaWeights(height, scale, CENTRE + 0.5 - (mass.y - box.y0) * scale, IMAGE_SIDE);
  const image = areaResample(pad, size, box.x0, box.y0, columns, rows, height, IMAGE_SIDE);
  for (let p = 0; p < image.length; p++) if (image[p] > 1) image[p] = 1;
  return image;
}

/** Intensity centre of mass of the pad inside a box, in continuous pad coordinates. */
function centreOfMass(pad: Float32Array, size: number, box: { x0: number; y0: number; x1: number; y1: number }): { x: number; y: number } {
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const v = pad[y * size + x];
      mass += v;
      mx += v * x;
      my += v * y;
    }
  }
  return { x: mx / mass + 0.5, y: my / mass + 0.5 };
}

/** strokes -> the 28x28 network input (rasterise + preprocess), null for an empty drawing. */
export function strokesToInput(strokes: Stroke[], padSize = PAD_SIZE, brushWidth = BRUSH_WIDTH): Float32Array | null {
  return preprocess(rasterizeStrokes(strokes, padSize, brushWidth), padSize);
}
