import { showCell } from './inside-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import type { ErrorReport } from '../../worker/inspect-errors.ts';

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * Shading: the diagonal (right answers) in green by share of its row; mistakes in red on a square-root
 * scale of the largest mistake count, so that a handful of errors still shows against hundreds.
 */
function shade(report: ErrorReport, label: number, predicted: number, maxMistake: number): string {
  const count = report.confusion[label * 10 + predicted];
  if (!count) return 'transparent';
  if (label === predicted) {
    let row = 0;
    for (const p of DIGITS) row += report.confusion[label * 10 + p];
    return `rgb(21 128 61 / ${(0.15 + 0.5 * (count / row)).toFixed(2)})`;
  }
  // At most half-strength red: the count on it keeps 4.5:1 in both themes (dark text on light, light on dark).
  return `rgb(220 38 38 / ${(0.1 + 0.4 * Math.sqrt(count / maxMistake)).toFixed(2)})`;
}

/** The 10x10 confusion matrix: rows the true digit, columns the network's answer; each cell lists its examples. */
export function ConfusionMatrix({ report }: { report: ErrorReport }) {
  const cell = useAppStore((s) => s.errorAnalysis.cell);
  let maxMistake = 1;
  for (const l of DIGITS) for (const p of DIGITS) if (l !== p) maxMistake = Math.max(maxMistake, report.confusion[l * 10 + p]);
  return (
    <div className="confusion-wrap">
      <table className="confusion">
        <caption>Confusion matrix: each row is a true digit, each column the network’s answer; green cells are right. Choose a cell to list its images.</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">True digit, by answer</span>
            </th>
            {DIGITS.map((p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DIGITS.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {DIGITS.map((predicted) => {
                const count = report.confusion[label * 10 + predicted];
                const chosen = cell?.label === label && cell.predicted === predicted;
                return (
                  <td key={predicted} style={{ background: shade(report, label, predicted, maxMistake) }}>
                    <button
                      type="button"
                      aria-pressed={chosen}
                      aria-label={`True ${label}, read as ${predicted}: ${count} images`}
                      disabled={!count}
                      onClick={() => showCell(label, predicted)}
                    >
                      {count}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
