import { useId } from 'react';
import { PixelImage } from '../../ui/PixelImage.tsx';
import type { Lesson, LessonBase } from '../../worker/learn-api.ts';
import { HiddenHonestMore } from './HiddenHonestMore.tsx';
import { signed } from './learn-format.ts';
import './hidden-honest.css';

const EARLY = 'These images still look like the random noise this network started from: what training has added to them is too faint to see.';

/** What a person can see in the images, network by network: judged by eye on each of the book's snapshots and on the ready model. */
const SEEN: Record<LessonBase, string> = {
  untrained: 'This network is untrained: its weights are random, so these images are noise and the votes are chance.',
  'batches-100': EARLY,
  'batches-1000': EARLY,
  'epoch-1': EARLY,
  'epoch-30': 'A few of these images show a blurry blob or band in the middle, faint beside the random speckle the network started from; none is a clean stroke or loop.',
  model: 'Some of these images may look like blurry strokes or parts of a digit; none is a clean stroke or loop.',
};

/**
 * What the first hidden layer did for the answer, honestly: the neurons whose votes (activation ×
 * weight into the answer) pushed it up most, each with its incoming weights as an image, and what a
 * person can and cannot read in those images (3Blue1Brown hopes for strokes and loops; they rarely show).
 */
export function HiddenHonest({ lesson }: { lesson: Lesson }) {
  const titleId = useId();
  const { votes, layers, base } = lesson;
  const { answer: d, voters, direct } = votes;
  const size = layers[1];
  const share = votes.forSum > 0 ? Math.round((100 * voters.reduce((s, v) => s + v.vote, 0)) / votes.forSum) : 0;
  return (
    <section className="hidden-honest" aria-labelledby={titleId}>
      <h4 id={titleId}>Which hidden neurons voted for its answer, {d}?</h4>
      <p>
        {direct
          ? `Each neuron of the first hidden layer reaches output ${d} through one weight: activation × weight is its vote.`
          : `Each neuron of the first hidden layer reaches output ${d} through the later layers: activation × its pull on output ${d} is its vote.`}{' '}
        {voters.length ? `The ${voters.length} biggest votes for the ${d} (${share}% of all votes for it):` : `None of its ${size} neurons voted for the ${d}.`}
      </p>
      {voters.length > 0 && (
        <ul className="hidden-voters" aria-label={`The ${voters.length} hidden neurons that voted most for the ${d}`}>
          {voters.map((v) => (
            <li key={v.index}>
              <PixelImage values={v.weights} mode="signed" label={`The 784 incoming weights of hidden neuron ${v.index + 1}, as a 28 by 28 image`} />
              <strong>Neuron {v.index + 1}</strong>
              <span className="numbers">
                {signed(v.activation, 2)} × {signed(v.pull, 2)} = {signed(v.vote, 2)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="learn-key">
        {SEEN[base]}{' '}
        Nobody told the network to find strokes, and the {d} is read by many neurons together: none of them alone means “a loop”.
      </p>
      <HiddenHonestMore lesson={lesson} />
    </section>
  );
}
