import { LearnMore } from '../LearnMore.tsx';
import { NoDrawing } from '../NoDrawing.tsx';
import { PixelPicker } from '../PixelPicker.tsx';
import type { StepProps } from './step-props.ts';

/** Step 1: the drawing as the network receives it, 784 numbers. */
export function PixelsStep({ lesson }: StepProps) {
  return (
    <>
      <p>
        The network does not see your strokes. It receives 784 numbers, one for each pixel of a 28 × 28 grid: 0 for blank paper, up to 1 for full ink.
      </p>
      {lesson ? <PixelPicker pixels={lesson.activations[0]} /> : <NoDrawing />}
      <p>Your drawing is first made to look like the MNIST digits the network learned from: cropped to its ink, scaled and centred.</p>
      <LearnMore summary="How the drawing is prepared, and which digits the network learned from">
        <p>
          The drawing is cropped to its ink, scaled so that its longer side is 20 pixels, and centred in the 28 × 28 box by its centre of mass. MNIST’s
          70,000 digits were made that way, so your digit reaches the network in the same form: the same size, in the same place.
        </p>
        <p>
          Training uses 50,000 of them; the other 20,000 are kept out (10,000 to choose settings with, 10,000 to test on) so they can measure how it
          reads digits it never saw. The ready model, the one the page answers with at first, also learned from pen-drawn digits by 30 writers put
          through this same pipeline, so it reads a drawing made with a mouse or a finger better.
        </p>
      </LearnMore>
    </>
  );
}
