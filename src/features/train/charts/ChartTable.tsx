import type { KeyboardEvent, ReactNode } from 'react';

// Escape folds an open table away again, and focus goes back to its summary line.
function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  const details = event.currentTarget;
  if (event.key !== 'Escape' || !details.open) return;
  event.preventDefault();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/** A chart's numbers as a table, folded away until asked for: the chart's text alternative in full. */
export function ChartTable({ summary, caption, columns, rows }: { summary: string; caption: string; columns: string[]; rows: ReactNode[][] }) {
  return (
    <details className="chart-table" onKeyDown={closeOnEscape}>
      <summary>{summary}</summary>
      {/* Scrolls when long: a Tab stop of its own, so a keyboard can scroll it. */}
      <div className="chart-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
