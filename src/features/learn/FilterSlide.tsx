import { useEffect, useState } from 'react';
import { IMAGE_SIDE } from '../../mnist/dataset.ts';
import { filterAt } from '../../nn/conv/filter-at.ts';
import { PixelImage } from '../../ui/PixelImage.tsx';
import { Term } from '../../ui/Term.tsx';
import type { WhyConvLook } from '../../worker/why-conv-api.ts';
import { signed } from './learn-format.ts';

/** One place a step of "Slide it" lasts: the 576 places then take about 17 s. */
const SLIDE_MS = 30;

/** A square outlined over an image of `side` pixels: its top-left pixel (row, col) and its size, in percent of the image. */
const boxStyle = (row: number, col: number, size: number, side: number) => ({
  top: `${(row / side) * 100}%`,
  left: `${(col / side) * 100}%`,
  width: `${(size / side) * 100}%`,
  height: `${(size / side) * 100}%`,
});

/** The feature map scaled so its largest value is white (ReLU outputs have no upper bound). */
const scaled = (map: Float32Array) => {
  const max = map.reduce((m, v) => Math.max(m, v), 0);
  return max > 0 ? map.map((v) => v / max) : map;
};

interface FilterSlideProps {
  look: WhyConvLook;
  /** The filter's place: its top-left corner, row-major over the feature map (0 to side² − 1). */
  place: number;
  onPlace(place: number): void;
}

/** One filter slid over the drawing: its weights, the window it covers, the one number it makes there and the map of all of them. */
export function FilterSlide({ look, place, onPlace }: FilterSlideProps) {
  const { kernel, side, filter, bias, map, image } = look;
  // The sum is worked out here from the weights and pixels shown; filter-at.test.ts holds it to the worker's map.
  const [sliding, setSliding] = useState(false);
  const row = Math.floor(place / side);
  const col = place % side;
  const z = filterAt(image, IMAGE_SIDE, filter, kernel, bias, row, col);
  const places = side * side;

  useEffect(() => {
    if (!sliding) return;
    const timer = setTimeout(() => onPlace((place + 1) % places), SLIDE_MS);
    return () => clearTimeout(timer);
  }, [sliding, place, places, onPlace]);

  return (
    <>
      <div className="slide-images">
        <figure>
          <PixelImage values={filter} side={kernel} mode="signed" className="pixel-image slide-filter" label={`The filter’s ${kernel * kernel} weights, ${kernel} by ${kernel}`} />
          <figcaption>
            The filter: {kernel}×{kernel} <Term id="weight">weights</Term>, blue positive, red negative
          </figcaption>
        </figure>
        <figure>
          <div className="slide-frame">
            <PixelImage values={image} mode="grey" label={`Your drawing, 28 by 28, with the filter’s window at rows ${row + 1} to ${row + kernel}, columns ${col + 1} to ${col + kernel}`} />
            <span className="slide-window" style={boxStyle(row, col, kernel, IMAGE_SIDE)} aria-hidden="true" />
          </div>
          <figcaption>Your drawing, 28×28, and the {kernel}×{kernel} window the filter covers</figcaption>
        </figure>
        <figure>
          <div className="slide-frame">
            <PixelImage values={scaled(map)} side={side} mode="grey" label={`The filter’s feature map, ${side} by ${side}, with the value at row ${row + 1}, column ${col + 1} outlined`} />
            <span className="slide-window" style={boxStyle(row, col, 1, side)} aria-hidden="true" />
          </div>
          <figcaption>
            Its <Term id="feature-map" />, {side}×{side}: one number per place
          </figcaption>
        </figure>
      </div>
      <div className="slide-controls">
        <label className="slide-place">
          Place of the filter
          <input
            type="range"
            min={0}
            max={places - 1}
            value={place}
            aria-valuetext={`row ${row + 1}, column ${col + 1}`}
            onChange={(event) => onPlace(Number(event.currentTarget.value))}
          />
        </label>
        <button type="button" onClick={() => setSliding((s) => !s)} aria-pressed={sliding}>
          {sliding ? 'Stop sliding' : 'Slide it'}
        </button>
      </div>
      {/* While it slides, the numbers change 30 times a second: a screen reader hears them when it stops. */}
      <p className="learn-sum numbers" aria-live={sliding ? 'off' : 'polite'}>
        Row {row + 1}, column {col + 1}: the {kernel * kernel} weights times the {kernel * kernel} pixels under them, plus the bias {signed(bias)}, make z ={' '}
        {signed(z)}; <Term id="relu" /> keeps max(0, z) = {signed(Math.max(0, z))}, the outlined square of the map.
      </p>
    </>
  );
}
