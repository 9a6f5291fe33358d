import { useEffect, useRef, type HTMLAttributes } from 'react';
import { diverging } from './shade.ts';
import { IMAGE_SIDE as SIDE } from '../mnist/dataset.ts';
import { paintPixels } from './paint-pixels.ts';

// The network's input image is 28x28; weights into the first hidden layer are shown the same way.

interface PixelImageProps extends HTMLAttributes<HTMLCanvasElement> {
  /** side × side values, row-major (784 for the 28x28 input). */
  values: Float32Array;
  /** The image's side in values: 28 by default; a convolutional filter's or feature map's otherwise. */
  side?: number;
  /** grey: 0 black .. 1 white; signed: blue positive, red negative, white 0, full colour at ±scale. */
  mode: 'grey' | 'signed';
  /** For signed images: the value shown in full colour (the largest |value| when absent). */
  scale?: number;
  /** What the image shows, for a screen reader; absent: the image is decoration, hidden from it. */
  label?: string;
  /** A pixel to outline (row-major index), e.g. the one pointed at. */
  marked?: number | null;
}

/**
 * A 28x28 image of 784 numbers, one canvas pixel per value, upscaled without smoothing by CSS: the
 * one painter of the network's input, a neuron's weights and their gradients.
 */
export function PixelImage({ values, side = SIDE, mode, scale, label, marked = null, className = 'pixel-image', ...rest }: PixelImageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // Only a signed image has a colour scale; a grey one (the drawing, at every stroke) skips the search.
  let max = scale ?? 0;
  if (scale === undefined && mode === 'signed') for (const v of values) max = Math.max(max, Math.abs(v));

  // A grey image that is still all zeros (the input before any drawing) is the canvas's black
  // background (data-shade, controls.css) until it has something to show: no 2D context for it. As the
  // page's first context, it took 5.9 ms per first visit inside the first render's effects (CPU profiles).
  const painted = useRef(false);

  useEffect(() => {
    if (!painted.current && mode === 'grey' && marked === null && values.every((v) => v === 0)) return;
    painted.current = true;
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(side, side);
    const rgb = [0, 0, 0];
    paintPixels(image, 0, 0, (p) => (mode === 'grey' ? rgb.fill(Math.round(Math.min(1, Math.max(0, values[p])) * 255)) : diverging(max > 0 ? values[p] / max : 0)), side);
    if (marked !== null) image.data.set(mode === 'grey' ? [234, 88, 12, 255] : [15, 23, 42, 255], marked * 4);
    ctx.putImageData(image, 0, 0);
  }, [values, side, mode, max, marked]);

  return <canvas ref={canvasRef} className={className} width={side} height={side} data-shade={mode} {...(label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })} {...rest} />;
}
