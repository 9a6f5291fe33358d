import type { EngineRow } from './compare.ts';

/** One round of the browser comparison: the same epoch in Node and in the worker, in turns. */
export interface BrowserRound {
  node: number;
  browser: number;
  /** Median over the turns of browser ÷ Node speed in that turn. */
  ratio: number;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Left-aligned first column, the rest right-aligned, two spaces apart. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/**
 * The table of one network: speed, our speed (measured alongside) as a ratio to each peer's, and
 * agreement in accuracy. rows[0] is the baseline, its speed the median of its runs beside each peer.
 */
export function networkTable(layers: number[], checkpoint: number, batchSize: number, rows: EngineRow[]): string[] {
  const ours = rows[0];
  const lines = table(
    ['engine', 'batches', 'examples/s', 'ours alongside', 'ours ÷ it', `test acc @${checkpoint}`, 'vs ours', 'acc at its end', 'max |Δw| step 1'],
    rows.map((row, i) => {
      const gap = (row.accuracyAtCheckpoint - ours.accuracyAtCheckpoint) * 100;
      const alongside = i === 0 ? '' : int(row.baselineAlongside[0]);
      return [
        row.name,
        int(row.batches),
        int(row.examplesPerSecond),
        alongside,
        `${row.speedRatio.toFixed(2)}x`,
        pct(row.accuracyAtCheckpoint),
        i === 0 ? '' : `${gap >= 0 ? '+' : ''}${gap.toFixed(2)}${Math.abs(gap) > 1 ? ' DISAGREES' : ''}`,
        pct(row.accuracyAtEnd),
        row.firstStepDifference.toExponential(1),
      ];
    }),
  );
  const flavours = rows.filter((r) => r.flavour).map((r) => `  ${r.name}: ${r.flavour}`);
  return [
    `[${layers.join(', ')}]: accuracy compared after ${checkpoint} mini-batches (${int(checkpoint * batchSize)} examples)`,
    ...lines,
    `  ${ours.name}: median of ${ours.baselineAlongside.map(int).join(', ')} examples/s, its runs beside each engine below`,
    ...flavours,
  ];
}

/** The browser-to-Node comparison, round by round. */
export function browserTable(rounds: BrowserRound[], ratio: number, weightDifference: number): string[] {
  return [
    ...table(
      ['round', 'Node examples/s', 'Chromium worker examples/s', 'browser ÷ Node'],
      rounds.map((r, i) => [`${i + 1}`, int(r.node), int(r.browser), `${r.ratio.toFixed(2)}x`]),
    ),
    `browser ÷ Node, median over all turns: ${ratio.toFixed(2)}x; max |w_browser - w_node| after the epoch: ${weightDifference.toExponential(1)}`,
  ];
}
