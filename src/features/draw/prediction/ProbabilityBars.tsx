import { argmax } from '../../../nn/evaluate.ts';
import { formatProbability } from '../../../ui/format.ts';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

const activation = (a: number) => a.toFixed(2);

/**
 * Ten bars, one per digit: the network's output for the drawing; the top one is highlighted.
 * Softmax outputs are probabilities and read as percentages; sigmoid outputs are activations in
 * [0, 1] that need not add up to 1, and read as such.
 */
export function ProbabilityBars({ probabilities, softmax }: { probabilities: number[] | null; softmax: boolean }) {
  const top = probabilities ? argmax(probabilities) : -1;
  const sum = probabilities?.reduce((s, p) => s + p, 0) ?? 0;
  const shown = softmax ? formatProbability : activation;
  return (
    <>
      <div className="bars" role="group" aria-label={softmax ? 'Probability of each digit' : 'Output of each digit: activation from 0 to 1'}>
        {DIGITS.map((digit) => {
          const p = probabilities?.[digit] ?? 0;
          return (
            <div
              key={digit}
              className={digit === top ? 'bar top' : 'bar'}
              role="meter"
              aria-label={`Digit ${digit}`}
              aria-valuemin={0}
              aria-valuemax={softmax ? 100 : 1}
              aria-valuenow={softmax ? Math.round(p * 1000) / 10 : Math.round(p * 1000) / 1000}
              aria-valuetext={probabilities ? (softmax ? `${formatProbability(p)} probability` : `activation ${p.toFixed(3)} of 1`) : 'no prediction'}
            >
              <span className="bar-value" aria-hidden="true">{probabilities && digit === top ? shown(p) : ''}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar-fill" style={{ height: `${Math.max(p * 100, probabilities ? 1 : 0)}%` }} />
              </span>
              <span className="bar-digit" aria-hidden="true">{digit}</span>
            </div>
          );
        })}
      </div>
      {probabilities && (
        <p className="bars-legend">
          {softmax
            ? 'Bars: the probability of each digit (a softmax output: the ten add up to 100%).'
            : `Bars: each output neuron’s activation, from 0 to 1. Not probabilities: the ten add up to ${sum.toFixed(2)}, not 1.`}
        </p>
      )}
    </>
  );
}
