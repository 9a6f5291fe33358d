import { penDigitToStrokes } from '../../../drawing/pen-digits.ts';
import type { DrawnDigit } from '../../../drawing/drawn-digits-file.ts';
import { useAppStore } from '../../../store/app-store.ts';

/**
 * Puts a pen-drawn digit on the pad as if it had been drawn there: the pad shows its strokes and the
 * network reads them (both follow the store's drawing), and My digits can keep it with a label.
 * The guided path's cost step takes its true digit.
 */
export function showOnPad(digit: DrawnDigit): void {
  useAppStore.getState().setDrawingStrokes(penDigitToStrokes(digit.strokes));
  // A sample's true digit is known: the guided path's "What digit did you draw?" starts from it.
  useAppStore.getState().setLearn({ label: digit.label });
}
