import type { ErrorReport } from '../../worker/inspect-errors.ts';

/** Accuracy per true digit as a row of small bars, the weakest digit marked. */
export function DigitAccuracy({ report }: { report: ErrorReport }) {
  const weakest = report.perDigit.indexOf(Math.min(...report.perDigit));
  return (
    <ul className="digit-accuracy" aria-label="Accuracy per digit">
      {report.perDigit.map((accuracy, d) => (
        <li key={d} className={d === weakest ? 'weakest' : undefined}>
          <span className="visually-hidden">
            {d}: {(accuracy * 100).toFixed(1)}% right{d === weakest ? ', the weakest' : ''}
          </span>
          <span className="track" aria-hidden="true">
            <span className="bar" style={{ height: `${Math.max(3, Math.min(100, (accuracy - 0.5) * 200))}%` }} />
          </span>
          <span className="pct" aria-hidden="true">
            <span className="pct-long">{(accuracy * 100).toFixed(1)}%</span>
            <span className="pct-short">{Math.floor(accuracy * 100)}</span>
          </span>
          <span className="digit" aria-hidden="true">
            {d}
          </span>
        </li>
      ))}
    </ul>
  );
}
