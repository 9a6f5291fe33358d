import { BRUSH_WIDTH, PAD_SIZE } from '../drawing/brush.ts';
import type { Stroke } from '../drawing/strokes.ts';
import { themeColour } from './theme-colour.ts';


/**
 * Paints strokes (pad coordinates) on a canvas of any backing size, with the brush the
 * preprocessing assumes: round caps and joins, BRUSH_WIDTH logical px wide. The canvas is
 * transparent where there is no ink: the pad's colour is its CSS background (draw.css).
 */
export function renderStrokes(canvas: HTMLCanvasElement, strokes: readonly Stroke[]): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const scale = canvas.width / PAD_SIZE;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  // An empty pad reads no colour: reading one makes the browser work out the page's styles at once,
  // which on the first visit is the whole first screen's (about 18 ms on a 2-core machine).
  if (strokes.length === 0) return;
  const ink = themeColour(canvas, '--pad-ink');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = BRUSH_WIDTH;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const stroke of strokes) {
    if (stroke.length === 1) {
      ctx.beginPath();
      ctx.arc(stroke[0].x, stroke[0].y, BRUSH_WIDTH / 2, 0, 2 * Math.PI);
      ctx.fill();
      continue;
    }
    ctx.beginPath();
    stroke.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
    ctx.stroke();
  }
}
