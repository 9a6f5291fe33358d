import { useId } from 'react';
import type { MyDigit } from './my-digit.ts';
import { relabelMyDigit, removeMyDigit } from './my-digits-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import { StrokeThumbnail } from '../../ui/StrokeThumbnail.tsx';

/** One kept drawing: how it looks, its label (changeable), what the model reads now, and Delete. */
export function MyDigitRow({ digit, index }: { digit: MyDigit; index: number }) {
  const reading = useAppStore((s) => s.myDigitReadings[digit.id]);
  const labelId = useId();
  const name = `drawing ${index + 1}`;
  const right = reading === digit.label;
  return (
    <li className="my-digit">
      <StrokeThumbnail strokes={digit.strokes} label={`My ${name}, labelled ${digit.label}`} />
      <div className="my-digit-text">
        <label htmlFor={labelId} className="my-digit-label">
          Label
        </label>
        <select id={labelId} aria-label={`Label of ${name}`} value={digit.label} onChange={(e) => void relabelMyDigit(digit.id, Number(e.target.value))}>
          {Array.from({ length: 10 }, (_, d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
        <span className={reading === undefined ? 'my-digit-read' : right ? 'my-digit-read right' : 'my-digit-read wrong'}>
          {reading === undefined ? 'Reading…' : reading === null ? 'No answer' : `Read as ${reading}${right ? ' ✓' : ' ✗'}`}
        </span>
      </div>
      <button type="button" className="my-digit-delete" aria-label={`Delete ${name}`} onClick={() => void removeMyDigit(digit.id)}>
        Delete
      </button>
    </li>
  );
}
