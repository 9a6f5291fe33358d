import type { Stroke } from '../drawing/strokes.ts';
import { strokePaths } from './stroke-paths.ts';
import './stroke-thumbnail.css';

/**
 * A drawing as it looked on the pad, small: a kept drawing in My digits, a sample digit's button.
 * Without a label it is decoration (the button around it says what it is).
 *
 * Drawn as SVG, not on a canvas: each canvas costs the first visit a round trip to the compositor
 * when its picture is first handed over (0.3-2 ms each on a 2-core machine, 10 sample digits on
 * the first screen), and a vector picture is sharp at any pixel ratio and follows the theme by itself.
 */
export function StrokeThumbnail({ strokes, label, size = 56, className = 'my-digit-thumb' }: { strokes: Stroke[]; label?: string; size?: number; className?: string }) {
  const { lines, dots, viewBox, width } = strokePaths(strokes);
  const named = label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label };
  return (
    <svg className={`stroke-thumb ${className}`} width={size} height={size} viewBox={viewBox} {...named}>
      <path d={lines} strokeWidth={width} />
      {dots.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={width / 2} />
      ))}
    </svg>
  );
}
