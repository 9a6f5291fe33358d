import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { PixelImage } from '../../ui/PixelImage.tsx';
import { IMAGE_SIDE as SIDE } from '../../mnist/dataset.ts';

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -SIDE, ArrowDown: SIDE };

/** The drawing's 784 numbers as an image; pointing at a pixel (or moving with the arrow keys) shows its value. */
export function PixelPicker({ pixels }: { pixels: Float32Array }) {
  const [pixel, setPixel] = useState<number | null>(null);

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const column = Math.min(SIDE - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * SIDE)));
    const row = Math.min(SIDE - 1, Math.max(0, Math.floor(((event.clientY - box.top) / box.height) * SIDE)));
    setPixel(row * SIDE + column);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const move = MOVES[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const from = pixel ?? (SIDE / 2) * SIDE + SIDE / 2;
    const column = (from % SIDE) + (Math.abs(move) === 1 ? move : 0);
    const row = Math.floor(from / SIDE) + (Math.abs(move) === SIDE ? Math.sign(move) : 0);
    if (column >= 0 && column < SIDE && row >= 0 && row < SIDE) setPixel(row * SIDE + column);
  };

  const inked = pixels.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);
  return (
    <figure className="pixel-picker">
      <PixelImage
        values={pixels}
        mode="grey"
        marked={pixel}
        label="Your drawing as 784 pixel values; point at a pixel, or focus it and use the arrow keys, to read its value"
        tabIndex={0}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
        onFocus={() => setPixel((p) => p ?? (SIDE / 2) * SIDE + SIDE / 2)}
      />
      <figcaption>
        <output className="pixel-readout numbers" aria-live="polite">
          {pixel === null
            ? 'Point at a pixel to read its value.'
            : `Row ${Math.floor(pixel / SIDE) + 1}, column ${(pixel % SIDE) + 1}: ${pixels[pixel].toFixed(2)}`}
        </output>
        <span>
          {inked} of 784 pixels have ink; the other {784 - inked} are 0.
        </span>
      </figcaption>
    </figure>
  );
}
