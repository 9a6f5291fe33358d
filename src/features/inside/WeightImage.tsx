import { useEffect, useRef } from 'react';
import { diverging } from './shade.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';

/** A first-hidden-layer neuron's 784 incoming weights as a 28x28 image: blue positive, red negative, white zero. */
export function WeightImage({ weights, label }: { weights: Float32Array; label: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(28, 28);
    for (let p = 0; p < IMAGE_SIZE; p++) image.data.set([...diverging(max > 0 ? weights[p] / max : 0), 255], p * 4);
    ctx.putImageData(image, 0, 0);
  }, [weights, max]);

  return (
    <figure className="weight-image">
      <canvas ref={canvasRef} width={28} height={28} role="img" aria-label={label} />
      <figcaption>
        Its 784 incoming weights, one per pixel: <span className="pos">blue</span> pushes it up where there is ink, <span className="neg">red</span> pushes it
        down; white is 0, full colour ±{max.toFixed(2)} (its largest).
      </figcaption>
    </figure>
  );
}
