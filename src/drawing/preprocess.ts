import { areaResample, areaWeights } from './area-resample.ts';
import { BRUSH_WIDTH, PAD_SIZE } from './brush.ts';
import { rasterizeStrokes } from './rasterize.ts';
import type { Stroke } from './strokes.ts';

/** Side of the network's input image, in pixels. */
export const INPUT_SIDE = 28;
/** MNIST scales each digit so that the longer side of its ink box is this many pixels. */
export const DIGIT_BOX = 20;
// MNIST's mean intensity centre of mass, measured over its training images in pixel-index
// coordinates, is (14.00, 14.00): LeCun shifted by whole pixels to put it there.
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
  // The 20x20 box sits in the middle of the image; the shorter side is centred inside it.
  const margin = (INPUT_SIDE - DIGIT_BOX) / 2;
  const columns = areaWeights(width, scale, margin + (DIGIT_BOX - width * scale) / 2, INPUT_SIDE);
  const rows = areaWeights(height, scale, margin + (DIGIT_BOX - height * scale) / 2, INPUT_SIDE);
  const boxed = areaResample(pad, size, box.x0, box.y0, columns, rows, height, INPUT_SIDE);
  return shiftCentreOfMass(boxed);
}

/** Moves the image by whole pixels so its intensity centre of mass lands nearest CENTRE; clamps to [0, 1]. */
function shiftCentreOfMass(image: Float32Array): Float32Array {
  let mass = 0;
  let mx = 0;
  let my = 0;
  for (let y = 0; y < INPUT_SIDE; y++) {
    for (let x = 0; x < INPUT_SIDE; x++) {
      const v = image[y * INPUT_SIDE + x];
      mass += v;
      mx += v * x;
      my += v * y;
    }
  }
  const dx = Math.round(CENTRE - mx / mass);
  const dy = Math.round(CENTRE - my / mass);
  const out = new Float32Array(INPUT_SIDE * INPUT_SIDE);
  for (let y = Math.max(0, dy); y < Math.min(INPUT_SIDE, INPUT_SIDE + dy); y++) {
    for (let x = Math.max(0, dx); x < Math.min(INPUT_SIDE, INPUT_SIDE + dx); x++) {
      const v = image[(y - dy) * INPUT_SIDE + (x - dx)];
      out[y * INPUT_SIDE + x] = v > 1 ? 1 : v;
    }
  }
  return out;
}

/** strokes -> the 28x28 network input (rasterise + preprocess), null for an empty drawing. */
export function strokesToInput(strokes: Stroke[], padSize = PAD_SIZE, brushWidth = BRUSH_WIDTH): Float32Array | null {
  return preprocess(rasterizeStrokes(strokes, padSize, brushWidth), padSize);
}
