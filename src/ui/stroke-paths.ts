import { BRUSH_WIDTH, PAD_SIZE } from '../drawing/brush.ts';
import type { Stroke } from '../drawing/strokes.ts';

const round = (v: number) => Math.round(v * 10) / 10;

/**
 * Strokes (pad coordinates) as SVG: one path of every stroke of two points or more, and the
 * one-point strokes (a tap) as dots, with the pad's brush (BRUSH_WIDTH wide, round ends), in a
 * view box of the pad's size. The same picture renderStrokes paints on a canvas.
 */
export function strokePaths(strokes: readonly Stroke[]): { lines: string; dots: [number, number][]; viewBox: string; width: number } {
  const lines = strokes
    .filter((stroke) => stroke.length > 1)
    .map((stroke) => stroke.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`).join(''))
    .join('');
  const dots = strokes.filter((stroke) => stroke.length === 1).map(([p]): [number, number] => [round(p.x), round(p.y)]);
  return { lines, dots, viewBox: `0 0 ${PAD_SIZE} ${PAD_SIZE}`, width: BRUSH_WIDTH };
}
