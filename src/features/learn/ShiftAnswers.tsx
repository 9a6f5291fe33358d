import { MAX_SHIFT, SHIFT_DIRECTIONS, type ShiftDirection } from '../../drawing/shift-image.ts';
import { argmax } from '../../nn/evaluate.ts';
import { formatTopOutput } from '../../ui/format.ts';
import { Term } from '../../ui/Term.tsx';
import type { OutputKind, WhyConvLook } from '../../worker/why-conv-api.ts';

/** How far the drawing is moved, and which way. */
export interface ShiftChoice {
  direction: ShiftDirection;
  pixels: number;
}

interface ShiftAnswersProps {
  look: WhyConvLook;
  choice: ShiftChoice;
  onChoice(choice: ShiftChoice): void;
}

/** One network's answer to the moved drawing, with its top output as the number it is. */
function Answer({ name, outputs, kind }: { name: string; outputs: Float32Array; kind: OutputKind }) {
  const top = argmax(outputs);
  const softmax = kind === 'softmax';
  return (
    <li>
      <span className="shift-network">{name}</span> reads <strong className="shift-digit">{top}</strong>{' '}
      <span className="numbers">
        ({formatTopOutput(outputs[top], softmax)}
        {softmax ? ' probability' : ', a sigmoid activation, not a probability'})
      </span>
    </li>
  );
}

/** Moves the drawing 0 to 4 pixels one way, and shows what each network reads then. */
export function ShiftAnswers({ look, choice, onChoice }: ShiftAnswersProps) {
  const { direction, pixels } = choice;
  return (
    <>
      <div className="shift-controls">
        <label>
          Move the drawing
          <select value={direction} onChange={(event) => onChoice({ direction: event.currentTarget.value as ShiftDirection, pixels })}>
            {Object.keys(SHIFT_DIRECTIONS).map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <label>
          Pixels moved
          <input
            type="range"
            min={0}
            max={MAX_SHIFT}
            value={pixels}
            aria-valuetext={`${pixels} pixel${pixels === 1 ? '' : 's'} ${direction}`}
            onChange={(event) => onChoice({ direction, pixels: Number(event.currentTarget.value) })}
          />
          <output className="numbers">
            {pixels} pixel{pixels === 1 ? '' : 's'}
          </output>
        </label>
      </div>
      <ul className="shift-answers" aria-label="What each network reads" aria-live="polite">
        <Answer name="The book’s network (fully connected)" outputs={look.denseOutputs} kind={look.denseKind} />
        <Answer name="The convolutional network" outputs={look.convOutputs} kind={look.convKind} />
      </ul>
      <p className="hint">
        The book’s network has <Term id="sigmoid" /> outputs; the convolutional one has a <Term id="softmax" /> output layer, whose ten outputs add up to 1.
      </p>
    </>
  );
}
