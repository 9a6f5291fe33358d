import { useEffect, useRef } from 'react';
import type { Stroke } from '../drawing/strokes.ts';
import { renderStrokes } from './render-strokes.ts';

/**
 * A drawing as it looked on the pad, small: a kept drawing in My digits, a sample digit's button.
 * Without a label it is decoration (the button around it says what it is).
 */
export function StrokeThumbnail({ strokes, label, size = 56, className = 'my-digit-thumb' }: { strokes: Stroke[]; label?: string; size?: number; className?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current!;
    canvas.width = canvas.height = Math.round(size * devicePixelRatio);
    renderStrokes(canvas, strokes);
  }, [strokes, size]);
  const named = label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label };
  return <canvas ref={ref} className={className} {...named} style={{ width: size, height: size }} />;
}
