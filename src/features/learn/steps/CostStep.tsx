import { CostTable } from '../CostTable.tsx';
import { DigitChooser } from '../DigitChooser.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import type { Cost } from '../../../nn/types.ts';
import { Term } from '../../../ui/Term.tsx';
import { AlreadyRight } from './AlreadyRight.tsx';
import type { StepProps } from './step-props.ts';

/** What the cost in use computes, in words: the sentence must match the formula the network trains with. */
function CostInWords({ cost }: { cost: Cost }) {
  if (cost === 'quadratic') {
    return (
      <>
        This network uses the <Term id="quadratic-cost" />: it squares each output’s difference y − a from what it should be, adds the ten squares up
        and halves the sum. Squaring counts every difference as positive, and a large one much more than a small one.
      </>
    );
  }
  if (cost === 'cross-entropy') {
    return (
      <>
        This network uses the <Term id="cross-entropy" /> cost: over the ten outputs it adds up −<Term id="ln" /> of how near each is to what it should
        be (−ln a where y = 1, −ln(1 − a) where y = 0). −ln of a number near 1 is near 0, and it grows fast as the number falls towards 0.
      </>
    );
  }
  return (
    <>
      This network uses the <Term id="log-likelihood" /> cost: it looks only at the true digit’s output a, a probability, and takes C = −
      <Term id="ln" /> a. That is 0 when a = 1, sure and right, and grows as a falls: −ln 0.5 ≈ 0.69, −ln 0.01 ≈ 4.6. The other nine outputs count
      only through the softmax, which makes them add up to 1 − a.
    </>
  );
}

/** Step 7: the person says the true digit; the desired output, each difference and the cost. */
export function CostStep({ lesson }: StepProps) {
  if (!lesson) return <NoDrawing />;
  const { learning } = lesson;
  return (
    <>
      <p>
        To learn, the network must know how wrong it is. Say what digit you really drew: the desired output is then 1 for that digit and 0 for the other
        nine. The <Term id="cost" /> turns how far the outputs are from that into one number. <CostInWords cost={lesson.cost} />
      </p>
      <DigitChooser />
      {learning ? (
        <>
          <CostTable outputs={lesson.activations[lesson.activations.length - 1]} desired={learning.desired} cost={lesson.cost} value={learning.cost} />
          {learning.cost < 0.01 && <AlreadyRight />}
          <p>
            A perfect answer costs 0. Training looks for the weights and biases that make this number small, not for this drawing alone but on average over
            all 50,000 training images.
          </p>
        </>
      ) : (
        <p className="learn-no-drawing">Choose the digit you drew to see its cost.</p>
      )}
    </>
  );
}
