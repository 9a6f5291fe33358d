/** Counts of a classification run: confusion[truth][predicted], and per writer. */
export interface Tally {
  confusion: number[][];
  /** Digits whose drawing had no ink on the pad: counted as wrong, shown apart. */
  blank: number;
  perWriter: Map<number, { correct: number; total: number }>;
}

/** An empty tally. */
export function createTally(): Tally {
  return { confusion: Array.from({ length: 10 }, () => new Array<number>(10).fill(0)), blank: 0, perWriter: new Map() };
}

/** Counts one classified digit; `predicted` is null when the drawing had no ink. */
export function record(tally: Tally, label: number, predicted: number | null, writer: number): void {
  if (predicted === null) tally.blank++;
  else tally.confusion[label][predicted]++;
  const w = tally.perWriter.get(writer) ?? { correct: 0, total: 0 };
  w.total++;
  if (label === predicted) w.correct++;
  tally.perWriter.set(writer, w);
}

const percent = (correct: number, total: number) => `${total ? ((100 * correct) / total).toFixed(2) : '0.00'}%`;

/** The printed report: overall accuracy first (`accuracy: 93.42% (7001 / 7494)`), then details. */
export function formatReport(tally: Tally, perWriter: boolean): string {
  const { confusion } = tally;
  const rowTotals = confusion.map((row) => row.reduce((a, b) => a + b, 0));
  const correct = confusion.reduce((sum, row, d) => sum + row[d], 0);
  const total = rowTotals.reduce((a, b) => a + b, 0) + tally.blank;
  const lines = [`accuracy: ${percent(correct, total)} (${correct} / ${total})`];
  if (tally.blank) lines.push(`blank drawings (no ink, counted as wrong): ${tally.blank}`);
  lines.push('', 'per digit (blank drawings left out):');
  confusion.forEach((row, d) => lines.push(`  ${d}: ${percent(row[d], rowTotals[d]).padStart(7)} (${row[d]} / ${rowTotals[d]})`));
  lines.push('', 'confusion matrix (rows: true digit, columns: predicted):');
  lines.push(`     ${[...Array(10).keys()].map((d) => String(d).padStart(5)).join('')}`);
  confusion.forEach((row, d) => lines.push(`  ${d}: ${row.map((n) => String(n).padStart(5)).join('')}`));
  if (perWriter) {
    lines.push('', 'per writer:');
    [...tally.perWriter.entries()]
      .sort(([a], [b]) => a - b)
      .forEach(([w, { correct: c, total: t }]) => lines.push(`  writer ${String(w).padStart(2)}: ${percent(c, t).padStart(7)} (${c} / ${t})`));
  }
  return lines.join('\n');
}
