import { useEffect, useRef } from 'react';

const SIDE = 28;

/** The 28x28 image the network reads, drawn one canvas pixel per input and upscaled without smoothing. */
export function NetworkInputView({ input }: { input: Float32Array | null }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const image = ctx.createImageData(SIDE, SIDE);
    for (let i = 0; i < SIDE * SIDE; i++) {
      // Ink 1 is white on black, as MNIST digits (and neuron activations) are usually shown.
      const v = Math.round((input?.[i] ?? 0) * 255);
      image.data.set([v, v, v, 255], i * 4);
    }
    ctx.putImageData(image, 0, 0);
  }, [input]);

  return (
    <figure className="input-view">
      <canvas ref={canvasRef} width={SIDE} height={SIDE} role="img" aria-label="The 28 by 28 image the network sees" />
      <figcaption>What the network sees: 28×28</figcaption>
    </figure>
  );
}
