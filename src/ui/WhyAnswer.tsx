import './why-answer.css';
import { useId } from 'react';
import { strongestPushes, type Attribution } from '../nn/attribution.ts';
import { PixelImage } from './PixelImage.tsx';
import { placeOf } from './pixel-place.ts';
import { NEGATIVE_CSS, POSITIVE_CSS } from './shade.ts';
import { Term } from './Term.tsx';

interface WhyAnswerProps {
  /** The 784 pixels the network read, row-major 28x28, 0 paper .. 1 ink. */
  image: Float32Array;
  why: Attribution;
  /** The heading's level where it sits: 3 in Look inside, 4 inside a step of the path. */
  level: 3 | 4;
}

/** Where the strongest push up and down are, in words (the heat map's name for a screen reader). */
export function pushesInWords({ values, output }: Attribution): string {
  const { up, down } = strongestPushes(values);
  const upWords = up === null ? `no ink pushed the ${output} up` : `the ink that pushed the ${output} up most is at the ${placeOf(up)}`;
  const downWords = down === null ? `no ink pushed it down` : `the ink that pushed it down most is at the ${placeOf(down)}`;
  return `${upWords}; ${downWords}.`;
}

/** Of the pixels that push at all, the share whose push is shown in full colour. */
const FULL_SHARE = 0.1;

/**
 * The push shown in full colour: the smallest of the strongest tenth. Scaled to the single strongest
 * pixel, a map is mostly pale, since one pixel often pushes several times harder than the rest.
 */
function colourScale(values: Float32Array): number {
  const sizes = Array.from(values, Math.abs).filter((v) => v > 0).sort((a, b) => b - a);
  return sizes[Math.floor(sizes.length * FULL_SHARE)] ?? sizes[0] ?? 0;
}

const Swatch = ({ colour }: { colour: string }) => <span className="why-swatch" style={{ background: colour }} aria-hidden="true" />;

/**
 * Why the network gives its answer for this image: the image beside its gradient × input for the
 * answer's output, with a legend that says what each colour means for this digit. The colours are
 * PixelImage's signed scale, so blue means "up" here as it means "positive" in every other map.
 */
export function WhyAnswer({ image, why, level }: WhyAnswerProps) {
  const titleId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  const d = why.output;
  const { up, down } = strongestPushes(why.values);
  if (up === null && down === null) {
    return (
      <section className="why-answer" aria-labelledby={titleId}>
        <Heading id={titleId}>Why this answer?</Heading>
        <p className="why-note">No pixel has ink, so no pixel pushes the answer. Draw a digit to see which of its ink the network relies on.</p>
      </section>
    );
  }
  const pushes = pushesInWords(why);
  return (
    <section className="why-answer" aria-labelledby={titleId}>
      <Heading id={titleId}>Why {d}?</Heading>
      <p>
        Which pixels made the network answer {d}? The map gives each pixel how much output {d} would fall, to first order, if that pixel’s ink faded
        away: its <Term id="gradient-x-input" />, found by backpropagation from output {d}.
      </p>
      <div className="why-images">
        <figure>
          <PixelImage className="why-image" values={image} mode="grey" label="The 28 by 28 image the network reads" />
          <figcaption>The 28 × 28 image the network reads</figcaption>
        </figure>
        <figure>
          <PixelImage className="why-image" values={why.values} mode="signed" scale={colourScale(why.values)} label={`Why ${d}: gradient × input heat map; ${pushes}`} />
          <figcaption>Gradient × input for output {d}</figcaption>
        </figure>
      </div>
      <ul className="why-legend" aria-label="What the colours mean">
        <li>
          <Swatch colour={POSITIVE_CSS} /> <span className="why-up">Blue</span>: this ink pushed the {d} up (fading it would lower output {d}).
        </li>
        <li>
          <Swatch colour={NEGATIVE_CSS} /> <span className="why-down">Red</span>: this ink pushed the {d} down (fading it would raise output {d}).
        </li>
        <li>
          <Swatch colour="#ffffff" /> White: no ink there, or ink that makes little or no difference.
        </li>
      </ul>
      <p className="why-note">
        The colour deepens with the size of the push; the strongest tenth of the pushes are all in full colour. In words: {pushes}
      </p>
      <p className="why-note">
        {why.outputKind === 'softmax'
          ? `Output ${d} is ${why.activation.toFixed(3)}: this network has a softmax output layer, so this may be read as its confidence that the image is a ${d}.`
          : `Output ${d} is ${why.activation.toFixed(3)}: a sigmoid activation between 0 and 1, not a probability.`}
      </p>
    </section>
  );
}
