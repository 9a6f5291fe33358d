import { DigitChooser } from '../DigitChooser.tsx';
import { LearnMore } from '../LearnMore.tsx';
import { precise } from '../learn-format.ts';
import { NoDrawing } from '../NoDrawing.tsx';
import { PixelImage } from '../../../ui/PixelImage.tsx';
import { Term } from '../../../ui/Term.tsx';
import { AlreadyRight } from './AlreadyRight.tsx';
import { StepTaker } from './StepTaker.tsx';
import type { StepProps } from './step-props.ts';

/** What the step does to the chosen neuron's inked weights: every one of them has the sign of δ, since pixels are never negative. */
function deltaSays(delta: number, n: number): string {
  if (Math.abs(delta) < 5e-7) return `δ is almost 0, so a step barely changes neuron ${n}’s weights.`;
  return delta < 0
    ? `Here δ is negative, so every inked pixel’s gradient is negative (red) and the step raises all those weights: neuron ${n} should switch on more for this drawing.`
    : `Here δ is positive, so every inked pixel’s gradient is positive (blue) and the step lowers all those weights: neuron ${n} should switch on less for this drawing.`;
}

/** Step 8: backpropagation on this drawing, and one gradient step on a copy of the network. */
export function LearnStep({ lesson }: StepProps) {
  if (!lesson) return <NoDrawing />;
  const { learning, neuron } = lesson;
  const n = neuron.index + 1;
  return (
    <>
      <p>
        <Term id="backpropagation">Backpropagation</Term> works out, for every weight and bias, how much this drawing’s cost would rise if that number rose
        a little. Together these numbers are the <Term id="gradient" />: it points uphill. A learning step moves every number the other way, downhill.
      </p>
      <DigitChooser />
      {learning ? (
        <>
          {learning.cost < 0.01 && <AlreadyRight />}
          <StepTaker lesson={lesson} />
          <LearnMore summary="How backpropagation finds the gradient: each neuron’s error δ">
          <p className="numbers">
            It starts at the outputs. Each output neuron’s <Term id="error">error δ</Term> = ∂C/∂z says how much the cost would rise if that neuron’s z
            rose a little: {Array.from(learning.outputDeltas, (d, digit) => `${digit}: ${precise(d)}`).join(', ')}. Its sign is the other way round from the
            difference y − a of the step before: a positive δ means the output should fall. The largest (in size) belong to the outputs that are most wrong
            {lesson.cost === 'quadratic'
              ? ' and can still move: a sigmoid stuck near 0 or 1 barely passes any error back.'
              : lesson.cost === 'cross-entropy'
                ? ': with the cross-entropy cost δ is just a − y, so even an output stuck near 0 or 1 passes its whole error back.'
                : ': with softmax and the log-likelihood cost δ is just a − y.'}{' '}
            The errors are then passed back through the weights to the hidden neurons.
          </p>
          <div className="learn-images">
            <figure>
              <PixelImage values={learning.weightGradient} mode="signed" label={`The gradient of hidden neuron ${n}’s 784 weights for your drawing`} />
              <figcaption>
                Hidden neuron {n}, the one of step 2, gets the error δ = {precise(learning.hiddenDeltas[neuron.index])}. Each of its weights has the gradient δ ×
                pixel, so only inked pixels have one. The colours here are the gradient’s sign, not the weight’s: <span className="pos">blue</span> positive,
                the step lowers that weight; <span className="neg">red</span> negative, the step raises it. {deltaSays(learning.hiddenDeltas[neuron.index], n)}
              </figcaption>
            </figure>
          </div>
          </LearnMore>
        </>
      ) : (
        <p className="learn-no-drawing">Choose the digit you drew: backpropagation needs to know what the answer should have been.</p>
      )}
    </>
  );
}
