import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandMacros, GENERATED_FILE, generatedSource } from './build-wasm.ts';

describe('build-wasm', () => {
  it('expands the kernel macros, nested ones included', () => {
    const text = '(madd (local.get $a) (madd (vec.f32 2) x (vec.i32 0)) (local.get $c))';
    expect(expandMacros(text, false)).toBe(
      '(f32x4.add (f32x4.mul (local.get $a) (f32x4.add (f32x4.mul (v128.const f32x4 2 2 2 2) x) (v128.const i32x4 0 0 0 0))) (local.get $c))',
    );
    expect(expandMacros('(madd a b c)', true)).toBe('(f32x4.relaxed_madd a b c)');
    expect(() => expandMacros('(madd a b)', false)).toThrow(/takes 3 operands/);
  });

  it('has left the committed kernels up to date with the WAT sources', async () => {
    expect(readFileSync(GENERATED_FILE, 'utf8')).toBe(await generatedSource());
  });
});
