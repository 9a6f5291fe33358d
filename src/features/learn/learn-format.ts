import { momentAccuracy, type BookMomentId } from '../../nn/book-moments.ts';
import { formatPercent } from '../../ui/format.ts';

/** A value with `digits` decimals and a true minus sign: −0.412. */
export const signed = (v: number, digits = 3) => (Math.abs(v) < 0.5 * 10 ** -digits ? (0).toFixed(digits) : v.toFixed(digits).replace('-', '−'));

/** The sum of a buffer. */
export const total = (values: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
};

/** A value that may be tiny, with three significant digits and no exponent: 0.412, 0.000123. */
export function precise(v: number): string {
  if (!Number.isFinite(v) || v === 0) return signed(v);
  // Below a millionth, more digits would only show float noise: say how small it is instead of "0.000".
  if (Math.abs(v) < 5e-7) return v > 0 ? 'under 0.000001' : 'over −0.000001';
  const digits = Math.min(8, Math.max(3, 2 - Math.floor(Math.log10(Math.abs(v)))));
  return signed(v, digits);
}

/** A book moment's test accuracy as the path writes it wherever it appears (the chooser, step 9): 25.7%. */
export const momentPercent = (id: BookMomentId) => formatPercent(momentAccuracy(id), 1);
