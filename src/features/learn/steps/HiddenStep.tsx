import { HiddenHonest } from '../HiddenHonest.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import type { StepProps } from './step-props.ts';

/** Step 4: what the hidden layer learned, honestly: the neurons that voted for the answer and their weights as images. */
export function HiddenStep({ lesson }: StepProps) {
  if (!lesson) return <NoDrawing />;
  return (
    <>
      <p>
        3Blue1Brown hopes that hidden neurons learn to find strokes, then loops. Here is what this network’s first hidden layer did for your drawing.
      </p>
      <HiddenHonest lesson={lesson} />
    </>
  );
}
