/**
 * IEEE 754 half precision (float16) by hand: Node 20 has no Float16Array or Math.f16round.
 * 1 sign bit, 5 exponent bits (bias 15), 10 fraction bits; largest finite value 65504.
 */
export const FLOAT16_MAX = 65504;

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The float16 bits nearest to `value` (ties to even), from its float32 rounding; NaN and infinities keep their kind. */
export function toFloat16Bits(value: number): number {
  f32[0] = value;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exponent = (x >>> 23) & 0xff;
  const fraction = x & 0x7fffff;
  if (exponent === 0xff) return sign | 0x7c00 | (fraction ? 0x200 : 0);
  const e = exponent - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  if (e <= 0) {
    // Subnormal (or zero) in float16: the implicit 1 becomes explicit and shifts right.
    if (e < -10) return sign;
    const m = fraction | 0x800000;
    const shift = 14 - e;
    const half = 1 << (shift - 1);
    const rest = m & ((1 << shift) - 1);
    let bits = m >>> shift;
    if (rest > half || (rest === half && bits & 1)) bits++;
    return sign | bits;
  }
  let bits = (e << 10) | (fraction >>> 13);
  const rest = fraction & 0x1fff;
  // Round to nearest, ties to even; a carry into the exponent is the right answer (up to infinity).
  if (rest > 0x1000 || (rest === 0x1000 && bits & 1)) bits++;
  return sign | bits;
}

/** The value of float16 bits. */
export function fromFloat16Bits(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >>> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * fraction * 2 ** -24;
  if (exponent === 0x1f) return fraction ? NaN : sign * Infinity;
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15);
}

/**
 * The float32 bit pattern of the value of float16 bits: exact (every float16 value is a float32
 * value), NaN and infinities keep their kind. Integer work only, so a model's values are read
 * straight into a Float32Array: the ready model's 86,000 took 12.5 ms through fromFloat16Bits and
 * plain arrays, 2.8 ms so (25 and 13 ms at a first call; Node, parseAnyBinaryModel).
 */
export function float16BitsToFloat32Bits(bits: number): number {
  const sign = (bits & 0x8000) << 16;
  const exponent = (bits >>> 10) & 0x1f;
  let fraction = bits & 0x3ff;
  if (exponent === 0x1f) return (sign | 0x7f800000 | (fraction << 13)) >>> 0;
  if (exponent !== 0) return (sign | ((exponent + 112) << 23) | (fraction << 13)) >>> 0;
  if (fraction === 0) return sign >>> 0;
  // A subnormal float16 is a normal float32: shift the fraction up to its leading 1, one exponent step a place.
  let biased = 113;
  while (!(fraction & 0x400)) {
    fraction <<= 1;
    biased--;
  }
  return (sign | (biased << 23) | ((fraction & 0x3ff) << 13)) >>> 0;
}

/** True for float16 bits of an infinity or NaN. */
export const isFloat16NonFinite = (bits: number) => (bits & 0x7c00) === 0x7c00;
