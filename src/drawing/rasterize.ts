import { BRUSH_WIDTH, PAD_SIZE } from './brush.ts';
import type { Point, Stroke } from './strokes.ts';

/**
 * Anti-aliased round-brush rasterisation of strokes into a size x size coverage map, 0 paper .. 1 ink.
 * Row-major [y][x]; pixel (x, y) covers [x, x+1) x [y, y+1), so its centre is (x+0.5, y+0.5).
 */
export function rasterizeStrokes(strokes: Stroke[], size = PAD_SIZE, brushWidth = BRUSH_WIDTH): Float32Array {
  const pad = new Float32Array(size * size);
  const radius = brushWidth / 2;
  for (const stroke of strokes) {
    const points = stroke.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    // A tap is a stroke of one point: a segment of length zero, drawn as a dot.
    if (points.length === 1) drawCapsule(pad, size, radius, points[0], points[0]);
    for (let i = 1; i < points.length; i++) drawCapsule(pad, size, radius, points[i - 1], points[i]);
  }
  return pad;
}

/**
 * Ink of one segment with round caps (a capsule): coverage = r + 0.5 - distance, clamped to [0, 1],
 * a 1 px linear ramp across the edge. Since the union of capsules has distance min(d_i), taking the
 * max of coverages gives exact round joins with no double-inked overlaps.
 */
function drawCapsule(pad: Float32Array, size: number, radius: number, a: Point, b: Point): void {
  const reach = radius + 0.5;
  const reachSq = reach * reach;
  // Within radius - 0.5 of the segment the coverage is 1: no square root needed there.
  const solidSq = radius > 0.5 ? (radius - 0.5) * (radius - 0.5) : -1;
  const y0 = Math.max(0, Math.floor(Math.min(a.y, b.y) - reach));
  const y1 = Math.min(size - 1, Math.ceil(Math.max(a.y, b.y) + reach));
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  const inverseLengthSq = lengthSq > 0 ? 1 / lengthSq : 0;
  for (let y = y0; y <= y1; y++) {
    const py = y + 0.5 - a.y;
    // Only the part of the segment within `reach` of this row can ink it: bound x by that part.
    let t0 = 0;
    let t1 = 1;
    if (dy !== 0) {
      const ta = (py - reach) / dy;
      const tb = (py + reach) / dy;
      t0 = Math.max(0, Math.min(ta, tb));
      t1 = Math.min(1, Math.max(ta, tb));
      if (t0 > t1) continue;
    }
    const x0 = Math.max(0, Math.floor(a.x + Math.min(t0 * dx, t1 * dx) - reach));
    const x1 = Math.min(size - 1, Math.ceil(a.x + Math.max(t0 * dx, t1 * dx) + reach));
    const row = y * size;
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5 - a.x;
      // Projection of the pixel centre onto the segment, clamped to its ends.
      let t = (px * dx + py * dy) * inverseLengthSq;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const distanceSq = ex * ex + ey * ey;
      if (distanceSq >= reachSq) continue;
      if (distanceSq <= solidSq) {
        pad[row + x] = 1;
        continue;
      }
      const coverage = reach - Math.sqrt(distanceSq);
      const value = coverage > 1 ? 1 : coverage;
      if (value > pad[row + x]) pad[row + x] = value;
    }
  }
}
