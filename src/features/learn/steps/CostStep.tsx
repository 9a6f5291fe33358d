import { CostTable } from '../CostTable.tsx';
import { DigitChooser } from '../DigitChooser.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import { Term } from '../../../ui/Term.tsx';
import { AlreadyRight } from './AlreadyRight.tsx';
import type { StepProps } from './step-props.ts';

const COST_TERM = { quadratic: 'quadratic-cost', 'cross-entropy': 'cross-entropy', 'log-likelihood': 'log-likelihood' } as const;

/** Step 4: the person says the true digit; the desired output, each error and the cost. */
export function CostStep({ lesson }: StepProps) {
  if (!lesson) return <NoDrawing />;
  const { learning } = lesson;
  return (
    <>
      <p>
        To learn, the network must know how wrong it is. Say what digit you really drew: the desired output is then 1 for that digit and 0 for the other
        nine. The <Term id="cost" /> adds up how far each output is from what it should be: this network uses the <Term id={COST_TERM[lesson.cost]} />.
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
