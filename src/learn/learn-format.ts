/** A value with `digits` decimals and a true minus sign: −0.412. */
export const signed = (v: number, digits = 3) => (Math.abs(v) < 0.5 * 10 ** -digits ? (0).toFixed(digits) : v.toFixed(digits).replace('-', '−'));

/** The sum of a buffer. */
export const total = (values: ArrayLike<number>) => {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
};
