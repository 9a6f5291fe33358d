import { stepNumber } from './steps/step-order.ts';
import type { Lesson } from '../../worker/learn-api.ts';
import { LearnMore } from './LearnMore.tsx';
import { signed } from './learn-format.ts';

/** A term added to a sum: "+ 2.10" or "− 14.84". */
const plus = (v: number) => (v < 0 ? `− ${signed(-v, 2)}` : `+ ${signed(v, 2)}`);

/** The longer, honest reading of the hidden neurons' images, one click away: what shows in them, what does not, and how the votes add up. */
export function HiddenHonestMore({ lesson }: { lesson: Lesson }) {
  const { votes, base, activations } = lesson;
  const { answer: d, direct } = votes;
  const output = activations[activations.length - 1][d];
  const softmax = lesson.cost === 'log-likelihood';
  return (
    <LearnMore summary="What you can and cannot see in these images">
      <p>
        <strong>What you can see.</strong> An image shows where the neuron wants ink: ink on its <span className="pos">blue</span> pixels raises its
        weighted input z, ink on its <span className="neg">red</span> ones lowers it, and white pixels do not matter. So a neuron with blue where your strokes run and
        red around them lights up for them. After enough training, some images show such blurry bands and blobs, most of them in the
        middle, where digits are drawn.
        {base !== 'model' &&
          ` The book’s network starts from large random weights (a normal spread with standard deviation 1, as in Nielsen’s code), and a weight only learns where a training digit has ink (step ${stepNumber('learn')}). The speckle is that random start, and in the frame, where almost no digit has ink, it is all there is.`}
      </p>
      <p>
        <strong>What you cannot see.</strong> Most images are not clean strokes or loops. Training was only ever told to lower the cost of the ten
        outputs; the hidden weights are whatever helped with that, and no one asked for strokes. The {d} is read by many neurons together:{' '}
        {votes.forCount} voted for it and {votes.againstCount} against, and the answer comes from their sum. None of them alone means “a loop”.
      </p>
      <p>
        The neurons shown are the biggest votes for the {d}, not the brightest neurons (the strip above names those): a bright neuron with a small or
        negative {direct ? 'weight' : 'pull'} does little for the {d}.
      </p>
      {direct ? (
        <p className="learn-sum numbers">
          z of output {d} = {signed(votes.forSum, 2)} (votes for) {plus(votes.againstSum)} (votes against) {plus(votes.bias)} (bias) ={' '}
          {signed(votes.z, 2)}; {softmax ? `softmax makes it ${signed(output)} beside the other nine` : `σ(z) = ${signed(output)}`}.
        </p>
      ) : (
        <p>
          This network has more than one hidden layer, so a first-layer neuron reaches output {d} only through the later ones. Its pull is how much output{' '}
          {d}’s z moves per unit of its activation, to first order, so the votes add up to z only roughly.
        </p>
      )}
      <p>
        The book says as much: Nielsen (chapter 1) notes that the weights and biases were found automatically, so we have no ready explanation of how the
        network does what it does. 3Blue1Brown, who hoped for edges and loops, looks at his own trained network’s weights (his chapter 2) and finds them
        almost random, with only loose patterns.
      </p>
    </LearnMore>
  );
}
