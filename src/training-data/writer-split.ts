/** Writers a..b inclusive, as numbered in the drawn-digits file (1-30). */
export interface WriterRange {
  from: number;
  to: number;
}

/** Reads "21-30" or "7"; null when the text is not a range of positive whole numbers, low to high. */
export function parseWriterRange(text: string): WriterRange | null {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(text);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  return from >= 1 && from <= to ? { from, to } : null;
}

/** Whether a writer is in the range. */
export const inRange = (writer: number, range: WriterRange) => writer >= range.from && writer <= range.to;

/** Splits digits by writer: those whose writer is in the range (to train on), and the rest (held out). */
export function splitByWriters<T extends { writer: number }>(digits: readonly T[], range: WriterRange): { inside: T[]; outside: T[] } {
  const inside: T[] = [];
  const outside: T[] = [];
  for (const d of digits) (inRange(d.writer, range) ? inside : outside).push(d);
  return { inside, outside };
}
