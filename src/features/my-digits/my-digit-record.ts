import { migrate, RecordError, type Migration } from '../models/migrate.ts';
import type { MyDigit } from './my-digit.ts';
import { checkLabel, parseStrokes } from './my-digits-file.ts';
import { messageOf } from '../../errors/error-message.ts';

/** The format of the drawings stored today; older ones are migrated on reading. */
export const MY_DIGIT_RECORD_VERSION = 1;

/** A drawing as IndexedDB keeps it. */
export type MyDigitRecord = MyDigit & { version: typeof MY_DIGIT_RECORD_VERSION };

/** Format 0 (until this change) was the drawing alone, with no version field. */
export const MY_DIGIT_MIGRATIONS: readonly Migration[] = [{ from: 0, up: (record) => ({ ...record }) }];

/** The record to store for a drawing. */
export const myDigitRecord = (digit: MyDigit): MyDigitRecord => ({ ...digit, version: MY_DIGIT_RECORD_VERSION });

// Stored points are {x, y}; the file's checks read [x, y].
const asFilePoints = (strokes: unknown) =>
  Array.isArray(strokes) ? strokes.map((s) => (Array.isArray(s) ? s.map((p) => (typeof p === 'object' && p !== null ? [p.x, p.y] : p)) : s)) : strokes;

/** A stored drawing brought to today's format and checked as a "My digits" file's drawing is; throws a RecordError naming the fault. */
export function readMyDigitRecord(value: unknown): MyDigit {
  const record = migrate(value, MY_DIGIT_RECORD_VERSION, MY_DIGIT_MIGRATIONS);
  const { id, label, strokes, savedAt } = record;
  if (typeof id !== 'string' || !id) throw new RecordError('it has no id');
  try {
    checkLabel(label, 'the drawing');
    const checked = parseStrokes(asFilePoints(strokes), 'the drawing');
    const time = typeof savedAt === 'number' && Number.isFinite(savedAt) ? savedAt : 0;
    return { id, label, strokes: checked, savedAt: time };
  } catch (error) {
    throw new RecordError(messageOf(error));
  }
}
