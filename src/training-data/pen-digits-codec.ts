import type { DrawnDigit } from '../drawing/drawn-digits-file.ts';

/**
 * The compact binary form of pen-drawn digits (public/drawn-digits/pendigits-train.bin.gz).
 * Little-endian, planes of one kind of value each, so gzip finds the repeats:
 *   "PDG1"; u32 digits; u32 strokes; u32 points;
 *   u8 labels[digits]; u8 writers[digits]; u8 strokeCounts[digits]; u8 pointCounts[strokes];
 *   u8 dx[points]; u8 dy[points]
 * Coordinates (the 0..1 box of the drawn-digits file) are quantised to 0..255, i.e. steps of
 * 1/255, finer than the tablet's own steps (about 1/195 of a digit). Each point is stored as its
 * difference from the previous point of the same digit, modulo 256: pen points are close together,
 * so the differences are small numbers that compress well, and the wrap-around makes decoding exact.
 */
export const PEN_DIGITS_MAGIC = 'PDG1';
const HEADER_BYTES = 16;
const QUANTA = 255;

/** A file that is not in the format above: the message says what is wrong. */
export class PenDigitsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PenDigitsFormatError';
  }
}

const quantise = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * QUANTA);

/** Encodes digits (strokes in a 0..1 box) into the binary form; at most 255 strokes per digit and points per stroke. */
export function encodePenDigits(digits: DrawnDigit[]): Uint8Array {
  const strokeTotal = digits.reduce((n, d) => n + d.strokes.length, 0);
  const pointTotal = digits.reduce((n, d) => n + d.strokes.reduce((m, s) => m + s.length, 0), 0);
  const bytes = new Uint8Array(HEADER_BYTES + 3 * digits.length + strokeTotal + 2 * pointTotal);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = PEN_DIGITS_MAGIC.charCodeAt(i);
  view.setUint32(4, digits.length, true);
  view.setUint32(8, strokeTotal, true);
  view.setUint32(12, pointTotal, true);
  const labels = HEADER_BYTES;
  const writers = labels + digits.length;
  const strokeCounts = writers + digits.length;
  const pointCounts = strokeCounts + digits.length;
  const dx = pointCounts + strokeTotal;
  const dy = dx + pointTotal;
  let s = 0;
  let p = 0;
  digits.forEach((digit, i) => {
    const byte = (value: number, what: string) => {
      if (!Number.isInteger(value) || value < 0 || value > 255) throw new RangeError(`digit ${i}: ${what} ${value} does not fit a byte`);
      return value;
    };
    bytes[labels + i] = byte(digit.label, 'label');
    bytes[writers + i] = byte(digit.writer, 'writer');
    bytes[strokeCounts + i] = byte(digit.strokes.length, 'stroke count');
    let x = 0;
    let y = 0;
    for (const stroke of digit.strokes) {
      bytes[pointCounts + s++] = byte(stroke.length, 'point count');
      for (const [px, py] of stroke) {
        const qx = quantise(px);
        const qy = quantise(py);
        bytes[dx + p] = (qx - x) & 0xff;
        bytes[dy + p] = (qy - y) & 0xff;
        x = qx;
        y = qy;
        p++;
      }
    }
  });
  return bytes;
}

/** Decodes the binary form (already un-gzipped) into digits with strokes in a 0..1 box. Pure: runs in a worker or Node. */
export function decodePenDigits(bytes: Uint8Array): DrawnDigit[] {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (bytes.length < HEADER_BYTES || magic !== PEN_DIGITS_MAGIC) {
    throw new PenDigitsFormatError(`not a pen-digits file: expected it to start with "${PEN_DIGITS_MAGIC}"`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const strokeTotal = view.getUint32(8, true);
  const pointTotal = view.getUint32(12, true);
  const expected = HEADER_BYTES + 3 * count + strokeTotal + 2 * pointTotal;
  if (bytes.length !== expected) throw new PenDigitsFormatError(`the file has ${bytes.length} bytes, its header promises ${expected}`);
  const labels = HEADER_BYTES;
  const writers = labels + count;
  const strokeCounts = writers + count;
  const pointCounts = strokeCounts + count;
  const dx = pointCounts + strokeTotal;
  const dy = dx + pointTotal;
  const digits: DrawnDigit[] = [];
  let s = 0;
  let p = 0;
  for (let i = 0; i < count; i++) {
    const label = bytes[labels + i];
    if (label > 9) throw new PenDigitsFormatError(`digit ${i} has label ${label}, expected 0-9`);
    const strokes: number[][][] = [];
    let x = 0;
    let y = 0;
    for (let k = bytes[strokeCounts + i]; k > 0; k--) {
      if (s >= strokeTotal) throw new PenDigitsFormatError('more strokes than the header says');
      const stroke: number[][] = [];
      for (let n = bytes[pointCounts + s++]; n > 0; n--) {
        if (p >= pointTotal) throw new PenDigitsFormatError('more points than the header says');
        x = (x + bytes[dx + p]) & 0xff;
        y = (y + bytes[dy + p]) & 0xff;
        p++;
        stroke.push([x / QUANTA, y / QUANTA]);
      }
      strokes.push(stroke);
    }
    digits.push({ label, writer: bytes[writers + i], strokes });
  }
  if (s !== strokeTotal || p !== pointTotal) throw new PenDigitsFormatError('fewer strokes or points than the header says');
  return digits;
}
