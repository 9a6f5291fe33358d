import { predictDrawing } from '../../client/prediction.ts';
import { strokesToInput } from '../../drawing/preprocess.ts';
import type { Stroke } from '../../drawing/strokes.ts';
import { useAppStore } from '../../store/app-store.ts';

/** Asks the network about strokes (pad coordinates), as it will read them; none (an empty pad) clears the answer. */
export const askAbout = (strokes: Stroke[] | null) => predictDrawing(strokes?.length ? strokesToInput(strokes) : null);

/**
 * The one way from the drawing to its answer: whenever the store's drawing changes (a stroke ends, a
 * sample digit is shown, Clear), the network is asked about it. The pad asks about a stroke still
 * being drawn itself, through askAbout.
 */
export function followDrawing(): () => void {
  return useAppStore.subscribe((s, prev) => {
    if (s.drawingStrokes !== prev.drawingStrokes) askAbout(s.drawingStrokes);
  });
}

/** Clear: the pad empties and its answer goes, also one asked for while the first stroke was drawn. */
export function clearDrawing(): void {
  const { drawingStrokes, setDrawingStrokes } = useAppStore.getState();
  setDrawingStrokes(null);
  // No stroke had ended yet, so the store's drawing did not change: the answer goes all the same.
  if (drawingStrokes === null) askAbout(null);
}
