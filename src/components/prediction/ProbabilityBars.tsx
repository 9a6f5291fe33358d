import { argmax } from '../../nn/evaluate.ts';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

const percent = (p: number) => `${(p * 100).toFixed(p >= 0.995 || p < 0.1 ? 1 : 0)}%`;

/** Ten bars, one per digit: the network's output for the drawing; the top one is highlighted. */
export function ProbabilityBars({ probabilities }: { probabilities: number[] | null }) {
  const top = probabilities ? argmax(probabilities) : -1;
  return (
    <div className="bars" role="group" aria-label="Output for each digit">
      {DIGITS.map((digit) => {
        const p = probabilities?.[digit] ?? 0;
        return (
          <div
            key={digit}
            className={digit === top ? 'bar top' : 'bar'}
            role="meter"
            aria-label={`Digit ${digit}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(p * 1000) / 10}
            aria-valuetext={probabilities ? percent(p) : 'no prediction'}
          >
            <span className="bar-value" aria-hidden="true">{probabilities && digit === top ? percent(p) : ''}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ height: `${Math.max(p * 100, probabilities ? 1 : 0)}%` }} />
            </span>
            <span className="bar-digit" aria-hidden="true">{digit}</span>
          </div>
        );
      })}
    </div>
  );
}
