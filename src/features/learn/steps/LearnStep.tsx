import { DigitChooser } from '../DigitChooser.tsx';
import { precise } from '../learn-format.ts';
import { NoDrawing } from '../NoDrawing.tsx';
import { PixelImage } from '../../../ui/PixelImage.tsx';
import { Term } from '../../../ui/Term.tsx';
import { AlreadyRight } from './AlreadyRight.tsx';
import { StepTaker } from './StepTaker.tsx';
import type { StepProps } from './step-props.ts';

/** Step 5: backpropagation on this drawing, and one gradient step on a copy of the network. */
export function LearnStep({ lesson }: StepProps) {
  if (!lesson) return <NoDrawing />;
  const { learning, neuron } = lesson;
  const n = neuron.index + 1;
  return (
    <>
      <p>
        <Term id="backpropagation">Backpropagation</Term> works out, for every weight and bias, which way to nudge it to lower this drawing’s cost: its <Term id="gradient" />.
        It starts from the output errors and passes them back through the weights, layer by layer.
      </p>
      <DigitChooser />
      {learning ? (
        <>
          <p className="numbers">
            Output errors δ = ∂C/∂z, digit by digit: {Array.from(learning.outputDeltas, (d, digit) => `${digit}: ${precise(d)}`).join(', ')}. Their sign
            is the other way round from the error y − a of the step before: δ points the way that raises the cost, and the step goes against it. The
            largest (in size) belong to the outputs that are most wrong
            {lesson.cost === 'quadratic'
              ? ' and can still move: a sigmoid stuck near 0 or 1 barely passes any error back.'
              : lesson.cost === 'cross-entropy'
                ? ': with the cross-entropy cost δ is just a − y, so even an output stuck near 0 or 1 passes its whole error back.'
                : ': with softmax and the log-likelihood cost δ is just a − y.'}
          </p>
          <div className="learn-images">
            <figure>
              <PixelImage values={learning.weightGradient} mode="signed" label={`The gradient of hidden neuron ${n}’s 784 weights for your drawing`} />
              <figcaption>
                Hidden neuron {n} gets the error δ = {precise(learning.hiddenDeltas[neuron.index])}. The gradient of each of its weights is δ × pixel: only
                inked pixels have one. A step moves each weight against it (<span className="pos">blue</span> goes down, <span className="neg">red</span> up).
              </figcaption>
            </figure>
          </div>
          {learning.cost < 0.01 && <AlreadyRight />}
          <StepTaker lesson={lesson} />
        </>
      ) : (
        <p className="learn-no-drawing">Choose the digit you drew: backpropagation needs to know what the answer should have been.</p>
      )}
    </>
  );
}
