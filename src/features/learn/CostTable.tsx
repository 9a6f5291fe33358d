import type { Cost } from '../../nn/types.ts';
import { precise } from './learn-format.ts';

/** Each cost's formula, as the book writes it. */
const FORMULA: Record<Cost, string> = {
  quadratic: 'C = ½ Σ (y − a)²',
  'cross-entropy': 'C = −Σ [y ln a + (1 − y) ln(1 − a)]',
  'log-likelihood': 'C = −ln a (of the true digit)',
};

/** Output, desired output and their difference for each digit, and the cost of the drawing. */
export function CostTable({ outputs, desired, cost, value }: { outputs: Float32Array; desired: Float32Array; cost: Cost; value: number }) {
  return (
    <table className="cost-table numbers">
      <caption>The cost of this drawing</caption>
      <thead>
        <tr>
          <th scope="col">digit</th>
          <th scope="col">output a</th>
          <th scope="col">desired y</th>
          <th scope="col">difference y − a</th>
          {cost === 'quadratic' && <th scope="col">½ (y − a)²</th>}
        </tr>
      </thead>
      <tbody>
        {Array.from(outputs, (a, digit) => (
          <tr key={digit} className={desired[digit] === 1 ? 'true-digit' : undefined}>
            <th scope="row">{digit}</th>
            <td>{precise(a)}</td>
            <td>{desired[digit]}</td>
            <td>{precise(desired[digit] - a)}</td>
            {cost === 'quadratic' && <td>{precise(0.5 * (desired[digit] - a) ** 2)}</td>}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={cost === 'quadratic' ? 4 : 3}>
            {FORMULA[cost]} =
          </th>
          <td>
            <strong>{precise(value)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
