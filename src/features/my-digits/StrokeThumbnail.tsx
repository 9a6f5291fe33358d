import { useEffect, useRef } from 'react';
import type { Stroke } from '../../drawing/strokes.ts';
import { renderStrokes } from '../draw/render-strokes.ts';

const SIDE = 56;

/** A drawing as it looked on the pad, small. */
export function StrokeThumbnail({ strokes, label }: { strokes: Stroke[]; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current!;
    canvas.width = canvas.height = Math.round(SIDE * devicePixelRatio);
    renderStrokes(canvas, strokes);
  }, [strokes]);
  return <canvas ref={ref} className="my-digit-thumb" role="img" aria-label={label} style={{ width: SIDE, height: SIDE }} />;
}
