import { argmax } from '../../nn/evaluate.ts';
import { signed } from './learn-format.ts';

interface OutputListProps {
  outputs: Float32Array;
  /** True for softmax outputs (probabilities), false for sigmoid activations. */
  softmax: boolean;
  label: string;
}

/** The ten output neurons as labelled horizontal bars in [0, 1]; the brightest is the answer. */
export function OutputList({ outputs, softmax, label }: OutputListProps) {
  const top = argmax(outputs);
  return (
    <ol className="output-list" aria-label={label}>
      {Array.from(outputs, (a, digit) => (
        <li key={digit} className={digit === top ? 'top' : undefined}>
          <span className="output-digit">{digit}</span>
          <span className="output-track" aria-hidden="true">
            <span className="output-fill" style={{ width: `${Math.max(0, Math.min(1, a)) * 100}%` }} />
          </span>
          <span className="output-value numbers">
            {softmax ? `${(a * 100).toFixed(1)}%` : signed(a)}
            {digit === top && <span className="visually-hidden"> (the answer)</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
