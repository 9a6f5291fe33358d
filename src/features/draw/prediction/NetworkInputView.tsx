import { PixelImage } from '../../../ui/PixelImage.tsx';
import { IMAGE_SIZE } from '../../../mnist/dataset.ts';

// An empty pad: the network sees all zeros (black).
const BLANK = new Float32Array(IMAGE_SIZE);

/** The 28x28 image the network reads. Ink 1 is white on black, as MNIST digits are usually shown. */
export function NetworkInputView({ input }: { input: Float32Array | null }) {
  return (
    <figure className="input-view">
      <PixelImage values={input ?? BLANK} mode="grey" className="input-image" label="The 28 by 28 image the network sees" />
      <figcaption>What the network sees: 28×28</figcaption>
    </figure>
  );
}
