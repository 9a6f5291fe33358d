import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/app-store.ts';

/**
 * The image the network views show: a test image chosen in Errors, else the drawing (null: a blank
 * pad). Drawing again means the person wants to see their drawing, so a new drawing (not the one
 * there on mount) puts the test image away.
 */
export function useInspectedImage(): Float32Array | null {
  const drawing = useAppStore((s) => s.prediction?.input ?? null);
  const example = useAppStore((s) => s.inspectedExample);
  const showExample = useAppStore((s) => s.showExample);
  const shownDrawing = useRef(drawing);
  useEffect(() => {
    if (drawing && drawing !== shownDrawing.current) showExample(null);
    shownDrawing.current = drawing;
  }, [drawing, showExample]);
  return example?.image ?? drawing;
}
