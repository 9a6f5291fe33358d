import { describe, expect, it } from 'vitest';
import { fromFloat16Bits, toFloat16Bits, float16BitsToFloat32Bits, isFloat16NonFinite } from './float16.ts';

describe('float16', () => {
  it('every finite float16 value converts back to the same bits', () => {
    for (let bits = 0; bits < 0x10000; bits++) {
      if ((bits & 0x7c00) === 0x7c00) continue;
      expect(toFloat16Bits(fromFloat16Bits(bits))).toBe(bits);
    }
  });

  it('rounds to the nearest value, ties to even, as IEEE 754 does', () => {
    const cases: [number, number][] = [
      [1, 0x3c00],
      [-2, 0xc000],
      [65504, 0x7bff],
      [65520, 0x7c00], // halfway to the next step rounds up, to infinity
      [2 ** -24, 0x0001],
      [2 ** -25, 0x0000], // a tie between 0 and the smallest subnormal: to even (0)
      [3 * 2 ** -25, 0x0002],
      [0.1, 0x2e66],
      [1 + 2 ** -11, 0x3c00], // tie: to even
      [1 + 3 * 2 ** -11, 0x3c02],
      [-0, 0x8000],
    ];
    for (const [value, bits] of cases) expect([value, toFloat16Bits(value)]).toEqual([value, bits]);
    expect(fromFloat16Bits(0x2e66)).toBe(0.0999755859375);
  });
});

describe('float16 bits read straight as float32 bits', () => {
  it('give the value fromFloat16Bits gives, for every one of the 65,536 patterns', () => {
    const f32 = new Float32Array(1);
    const u32 = new Uint32Array(f32.buffer);
    for (let bits = 0; bits < 0x10000; bits++) {
      u32[0] = float16BitsToFloat32Bits(bits);
      const expected = fromFloat16Bits(bits);
      if (Number.isNaN(expected)) expect(f32[0], `bits ${bits}`).toBeNaN();
      else if (f32[0] !== expected || Object.is(f32[0], -0) !== Object.is(expected, -0)) expect(f32[0], `bits ${bits}`).toBe(expected);
      expect(isFloat16NonFinite(bits)).toBe(!Number.isFinite(expected));
    }
  });
});
