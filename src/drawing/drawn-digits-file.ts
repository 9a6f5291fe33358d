/** One digit of the drawn-digits file: pen strokes in a 0..1 box, y down. */
export interface DrawnDigit {
  label: number;
  writer: number;
  /** strokes[s][p] = [x, y] */
  strokes: number[][][];
}

/** A drawn-digits file that cannot be read: the message says what is wrong. */
export class DrawnDigitsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DrawnDigitsFormatError';
  }
}

const isPoint = (p: unknown): boolean =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/** Checks the parsed JSON of a drawn-digits file ({ digits: [...] }) and returns its digits. */
export function parseDrawnDigits(data: unknown): DrawnDigit[] {
  const digits = (data as { digits?: unknown } | null)?.digits;
  if (!Array.isArray(digits)) throw new DrawnDigitsFormatError('expected a JSON object with a "digits" array');
  return digits.map((d: unknown, i): DrawnDigit => {
    const { label, writer, strokes } = (d ?? {}) as Record<string, unknown>;
    if (!Number.isInteger(label) || (label as number) < 0 || (label as number) > 9) {
      throw new DrawnDigitsFormatError(`digits[${i}].label is ${JSON.stringify(label)}, expected a digit 0-9`);
    }
    if (!Array.isArray(strokes) || !strokes.every((s) => Array.isArray(s) && s.every(isPoint))) {
      throw new DrawnDigitsFormatError(`digits[${i}].strokes must be a list of strokes, each a list of [x, y] numbers`);
    }
    return { label: label as number, writer: Number.isInteger(writer) ? (writer as number) : 0, strokes: strokes as number[][][] };
  });
}
