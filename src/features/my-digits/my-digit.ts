import { PAD_SIZE } from '../../drawing/brush.ts';
import type { Stroke } from '../../drawing/strokes.ts';

/** A drawing the person labelled: its strokes in pad coordinates and the digit it shows. */
export interface MyDigit {
  id: string;
  /** 0-9. */
  label: number;
  strokes: Stroke[];
  /** When it was stored (ms since 1970). */
  savedAt: number;
}

/**
 * Points may lie a little off the pad (a stroke dragged past its edge keeps its pointer), so
 * the range they must lie in is the pad widened by half its side on every side.
 */
export const POINT_RANGE = { min: -PAD_SIZE / 2, max: PAD_SIZE * 1.5 } as const;
/** At most this many strokes per drawing and points per stroke: far more than any digit needs. */
export const MAX_STROKES = 50;
export const MAX_POINTS_PER_STROKE = 5_000;
/** At most this many drawings in "My digits". */
export const MAX_MY_DIGITS = 2_000;

const clamp = (v: number) => Math.min(POINT_RANGE.max, Math.max(POINT_RANGE.min, v));
// A tenth of a pad pixel is finer than the pointer reports on any screen and keeps files small.
const round = (v: number) => Math.round(clamp(v) * 10) / 10;

/** A copy of the pad's strokes fit for keeping: within POINT_RANGE, at most the limits above, empty strokes left out. */
export function keepableStrokes(strokes: readonly Stroke[]): Stroke[] {
  return strokes
    .filter((stroke) => stroke.length > 0)
    .slice(0, MAX_STROKES)
    .map((stroke) => stroke.slice(0, MAX_POINTS_PER_STROKE).map(({ x, y }) => ({ x: round(x), y: round(y) })));
}

/** A new id, unique enough for one person's drawings. */
export const newDigitId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
