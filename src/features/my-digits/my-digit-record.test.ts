import { describe, expect, it } from 'vitest';
import { myDigitRecord, readMyDigitRecord } from './my-digit-record.ts';

/** A drawing exactly as the app stored it before records had a version (format 0). */
const today = { id: 'abc', label: 7, strokes: [[{ x: 10, y: 20 }, { x: 30, y: 40 }]], savedAt: 1_000 };

describe('stored "My digits" drawings', () => {
  it('migrates format 0 (today’s, no version) to format 1 and reads it unchanged', () => {
    expect(readMyDigitRecord(today)).toEqual(today);
    expect(myDigitRecord(today)).toEqual({ ...today, version: 1 });
    expect(readMyDigitRecord(myDigitRecord(today))).toEqual(today);
  });

  it('refuses a non-numeric label, as a file import does, quoting a short excerpt', () => {
    expect(() => readMyDigitRecord({ ...today, label: 'seven' })).toThrow(/label must be a whole number from 0 to 9, got "seven"/);
    const huge = 'x'.repeat(1_000_000);
    const message = (() => {
      try {
        readMyDigitRecord({ ...today, label: huge });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message!.length).toBeLessThan(120);
  });

  it('refuses bad strokes: not a list, a point not {x, y}, a point far off the pad', () => {
    expect(() => readMyDigitRecord({ ...today, strokes: 'scribble' })).toThrow(/non-empty list of strokes/);
    expect(() => readMyDigitRecord({ ...today, strokes: [[{ x: 'a', y: 1 }]] })).toThrow(/finite numbers/);
    expect(() => readMyDigitRecord({ ...today, strokes: [[{ x: 1e9, y: 1 }]] })).toThrow(/lies outside/);
    expect(() => readMyDigitRecord({ ...today, id: undefined })).toThrow(/no id/);
  });
});
