import type { CostSurface } from '../../nn/cost-surface.ts';

type Rgb = [number, number, number];

/** The theme's colours for the picture: low and high cost, the marker and arrows, their halo. */
export interface LandscapeColours {
  low: Rgb;
  high: Rgb;
  mark: Rgb;
  halo: Rgb;
  next: Rgb;
}

/** Cost bands: a few flat steps of colour read as contour lines, where a smooth ramp hides the slope's shape. */
export const BANDS = 8;

/** The lowest and highest cost on the grid. */
export function costRange(costs: Float32Array): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const c of costs) {
    min = Math.min(min, c);
    max = Math.max(max, c);
  }
  return [min, max];
}

const css = (c: Rgb) => `rgb(${c.join(' ')})`;

/** The band 0 (lowest cost) to BANDS − 1 of a cost; the middle band where the grid is flat. */
export function bandOf(cost: number, min: number, max: number): number {
  if (!(max - min > 1e-9)) return Math.floor(BANDS / 2);
  return Math.min(BANDS - 1, Math.floor(((cost - min) / (max - min)) * BANDS));
}

/**
 * Paints the surface on a square canvas: each pixel's cost by bilinear interpolation of the grid,
 * in BANDS colours from `low` (lowest cost) to `high`; x is the first weight (rising to the right), y
 * the second (rising upwards). Then the marker at the centre, the last step's arrow (solid) and the
 * next step's (dashed), each with a halo so it reads on every band.
 */
export function paintLandscape(canvas: HTMLCanvasElement, s: CostSurface, colours: LandscapeColours, last: [number, number] | null, next: [number, number]): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const side = canvas.width;
  const cell = side / s.size;
  const [min, max] = costRange(s.costs);
  const image = ctx.createImageData(side, side);
  const at = (row: number, col: number) => s.costs[row * s.size + col];
  for (let py = 0; py < side; py++) {
    // Grid row rises upwards: the top of the canvas is the largest value of the second weight.
    const gy = Math.min(s.size - 1, Math.max(0, (side - 1 - py + 0.5) / cell - 0.5));
    const r0 = Math.min(s.size - 2, Math.floor(gy));
    const fy = gy - r0;
    for (let px = 0; px < side; px++) {
      const gx = Math.min(s.size - 1, Math.max(0, (px + 0.5) / cell - 0.5));
      const c0 = Math.min(s.size - 2, Math.floor(gx));
      const fx = gx - c0;
      const cost = (at(r0, c0) * (1 - fx) + at(r0, c0 + 1) * fx) * (1 - fy) + (at(r0 + 1, c0) * (1 - fx) + at(r0 + 1, c0 + 1) * fx) * fy;
      const t = bandOf(cost, min, max) / (BANDS - 1);
      const o = (py * side + px) * 4;
      for (let k = 0; k < 3; k++) image.data[o + k] = Math.round(colours.low[k] + (colours.high[k] - colours.low[k]) * t);
      image.data[o + 3] = 255;
    }
  }
  ctx.putImageData(image, 0, 0);

  // A weight's value to canvas pixels: grid point i sits at the middle of cell i.
  const toX = (v: number) => (((v - s.centre[0] + s.span) / (2 * s.span)) * (s.size - 1) + 0.5) * cell;
  const toY = (v: number) => side - (((v - s.centre[1] + s.span) / (2 * s.span)) * (s.size - 1) + 0.5) * cell;
  const here: [number, number] = [toX(s.centre[0]), toY(s.centre[1])];
  const unit = side / 240;
  const ring = 4.5 * unit;
  // An arrow that ends at the ring stops short of it (`trim`), so its head is not hidden under the ring.
  const arrow = (from: [number, number], tip: [number, number], colour: Rgb, dashed: boolean, trim = 0) => {
    const whole = Math.hypot(tip[0] - from[0], tip[1] - from[1]);
    const length = whole - trim;
    if (length < 2 * unit) return;
    const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0]);
    const to = [from[0] + length * Math.cos(angle), from[1] + length * Math.sin(angle)];
    const head = Math.min(10 * unit, length / 2);
    for (const [stroke, width] of [[colours.halo, 5 * unit], [colour, 2 * unit]] as const) {
      ctx.strokeStyle = css(stroke);
      ctx.lineWidth = width;
      ctx.setLineDash(dashed ? [5 * unit, 4 * unit] : []);
      ctx.beginPath();
      ctx.moveTo(from[0], from[1]);
      ctx.lineTo(to[0], to[1]);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(to[0] - head * Math.cos(angle - 0.45), to[1] - head * Math.sin(angle - 0.45));
      ctx.lineTo(to[0], to[1]);
      ctx.lineTo(to[0] - head * Math.cos(angle + 0.45), to[1] - head * Math.sin(angle + 0.45));
      ctx.stroke();
    }
  };
  if (last) arrow([toX(last[0]), toY(last[1])], here, colours.mark, false, ring + 2 * unit);
  arrow(here, [toX(next[0]), toY(next[1])], colours.next, true);
  ctx.beginPath();
  ctx.arc(here[0], here[1], ring, 0, 2 * Math.PI);
  ctx.fillStyle = css(colours.halo);
  ctx.fill();
  ctx.lineWidth = 2.5 * unit;
  ctx.strokeStyle = css(colours.mark);
  ctx.stroke();
}
