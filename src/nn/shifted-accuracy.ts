import { MAX_SHIFT, shiftBy, shiftSet, SHIFT_DIRECTIONS, type ShiftDirection } from '../drawing/shift-image.ts';
import type { LabelledImages } from '../mnist/dataset.ts';

/** A network's accuracy on a set of images (0 to 1): evaluate(net, set).accuracy or evaluateConv's. */
export type AccuracyOn = (set: LabelledImages) => number;

/** Accuracy on `set` with every image moved `pixels` pixels, the mean over the four directions (0 pixels: the set as it is). */
export function shiftedAccuracy(accuracyOn: AccuracyOn, set: LabelledImages, pixels: number): number {
  if (pixels === 0) return accuracyOn(set);
  const directions = Object.keys(SHIFT_DIRECTIONS) as ShiftDirection[];
  return directions.reduce((sum, d) => sum + accuracyOn(shiftSet(set, shiftBy(d, pixels))), 0) / directions.length;
}

/** shiftedAccuracy for 0 to MAX_SHIFT pixels, in that order. */
export const accuracyByShift = (accuracyOn: AccuracyOn, set: LabelledImages): number[] =>
  Array.from({ length: MAX_SHIFT + 1 }, (_, pixels) => shiftedAccuracy(accuracyOn, set, pixels));
