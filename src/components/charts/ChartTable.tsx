import type { ReactNode } from 'react';

/** A chart's numbers as a table, folded away until asked for: the chart's text alternative in full. */
export function ChartTable({ summary, caption, columns, rows }: { summary: string; caption: string; columns: string[]; rows: ReactNode[][] }) {
  return (
    <details className="chart-table">
      <summary>{summary}</summary>
      <div className="chart-table-scroll">
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

/** Axis and tooltip colours from the theme (theme.css), so the charts read in both themes. */
export const AXIS_TICK = { fill: 'var(--chart-axis)' };
export const TOOLTIP_STYLE = { background: 'var(--card)', border: '1px solid var(--line)', color: 'var(--text)' };
