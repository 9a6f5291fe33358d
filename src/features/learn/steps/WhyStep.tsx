import { argmax } from '../../../nn/evaluate.ts';
import { WhyAnswer } from '../../../ui/WhyAnswer.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import type { StepProps } from './step-props.ts';

/** Step 6: why this answer: which pixels of the drawing pushed the answer's output up, and which down. */
export function WhyStep({ lesson }: StepProps) {
  if (!lesson) return <NoDrawing />;
  const outputs = lesson.activations[lesson.activations.length - 1];
  return (
    <>
      <p>
        The network answered <strong>{argmax(outputs)}</strong>. Not every pixel counted the same: some of your ink pushed that output up, some pushed it
        down, and blank paper did nothing.
      </p>
      <WhyAnswer image={lesson.activations[0]} why={lesson.why} level={4} />
    </>
  );
}
