import { describe, expect, it } from 'vitest';
import { clip, excerpt } from './excerpt.ts';
import { parseModel } from './serialize.ts';
import { configProblems } from './config-limits.ts';
import { DEFAULT_CONFIG } from './types.ts';
import { parseMyDigits } from '../features/my-digits/my-digits-file.ts';

const HUGE = 'x'.repeat(1_000_000);
const messageOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('short messages', () => {
  it('quotes at most a short excerpt of a value', () => {
    expect(excerpt('seven')).toBe('"seven"');
    expect(excerpt(HUGE).length).toBeLessThanOrEqual(40);
    expect(excerpt({ a: [HUGE] }).endsWith('…')).toBe(true);
    expect(excerpt(undefined)).toBe('undefined');
    expect(clip('abc', 2)).toBe('a…');
  });

  it('a refused model file, My digits file or setting names the fault in under 200 characters, however large the bad value', () => {
    const messages = [
      messageOf(() => parseModel(JSON.stringify({ format: HUGE }))),
      messageOf(() => parseModel(JSON.stringify({ format: 'nn-magic-model', version: HUGE }))),
      messageOf(() => parseModel(JSON.stringify({ format: 'nn-magic-model', version: 1, layers: [784, HUGE, 10] }))),
      messageOf(() => parseMyDigits(JSON.stringify({ format: 'nn-magic-my-digits', version: HUGE, digits: [] }))),
      messageOf(() => parseMyDigits(JSON.stringify({ format: 'nn-magic-my-digits', version: 1, digits: [{ label: HUGE, strokes: [] }] }))),
      configProblems({ ...DEFAULT_CONFIG, eta: HUGE as unknown as number }).eta ?? '',
    ];
    for (const message of messages) {
      expect(message.length).toBeGreaterThan(10);
      expect(message.length).toBeLessThan(200);
    }
  });
});
