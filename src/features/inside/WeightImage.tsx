import { PixelImage } from '../../ui/PixelImage.tsx';

/** A first-hidden-layer neuron's 784 incoming weights as a 28x28 image: blue positive, red negative, white zero. */
export function WeightImage({ weights, label }: { weights: Float32Array; label: string }) {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));

  return (
    <figure className="weight-image">
      <PixelImage values={weights} mode="signed" scale={max} className="weight-canvas" label={label} />
      <figcaption>
        Its 784 incoming weights, one per pixel: <span className="pos">blue</span> pushes it up where there is ink, <span className="neg">red</span> pushes it
        down; white is 0, full colour ±{max.toFixed(2)} (its largest).
      </figcaption>
    </figure>
  );
}
