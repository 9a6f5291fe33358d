import { PAD_SIZE } from './brush.ts';
import type { Stroke } from './strokes.ts';

/** How much of the pad a person's digit spans: about two thirds of its height, centred. */
export const DRAWN_DIGIT_FRACTION = 0.65;

/** Where a sample's 0..1 box lands on the pad: its side and top-left corner, in pad px. */
export interface Placement {
  side: number;
  left: number;
  top: number;
}

/** The usual placement: DRAWN_DIGIT_FRACTION of the pad, centred. */
export function centredPlacement(padSize = PAD_SIZE): Placement {
  const side = DRAWN_DIGIT_FRACTION * padSize;
  const origin = (padSize - side) / 2;
  return { side, left: origin, top: origin };
}

/**
 * Places a drawn-digits sample (strokes in a 0..1 box, see ../shared/data/drawn-digits/README.md)
 * on the pad as a person would draw it (by default digit about 60-70% of the pad height, centred).
 * The sample's box keeps the digit's aspect ratio, so mapping the box keeps it too.
 */
export function penDigitToStrokes(strokes: number[][][], padSize = PAD_SIZE, placement = centredPlacement(padSize)): Stroke[] {
  const { side, left, top } = placement;
  return strokes.map((stroke) => stroke.map(([x, y]) => ({ x: left + x * side, y: top + y * side })));
}
