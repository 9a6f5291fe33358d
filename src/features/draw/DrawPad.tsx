import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { PAD_SIZE } from '../../drawing/brush.ts';
import type { Point, Stroke } from '../../drawing/strokes.ts';
import { askAbout, clearDrawing } from './draw-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import { SampleDigits } from './samples/SampleDigits.tsx';
import { renderStrokes } from '../../ui/render-strokes.ts';
import { useClearShortcut } from './use-clear-shortcut.ts';

// While a stroke is drawn, ask for a prediction at most this often; its end always asks.
const PREDICT_EVERY_MS = 70;

/** The canvas people draw on (mouse, touch or pen), with its Clear button and the sample digits that draw on it for you. */
export function DrawPad() {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const strokes = useRef<Stroke[]>([]);
  const drawing = useRef<{ pointerId: number; lastPredict: number } | null>(null);
  const frame = useRef(0);
  const [empty, setEmpty] = useState(true);
  const setStrokeActive = useAppStore((s) => s.setStrokeActive);
  const setDrawingStrokes = useAppStore((s) => s.setDrawingStrokes);
  const storeStrokes = useAppStore((s) => s.drawingStrokes);

  // Whether the bitmap holds ink. A blank pad is left untouched, without even a 2D context: a canvas
  // drawn on (cleared, too) is handed to the compositor at frames after it, and on a first visit the
  // blank pad was, 16-18 times: about 30 ms of a 2-core machine's main thread (trace, 412 px).
  const inked = useRef(false);
  const paint = useCallback((canvas: HTMLCanvasElement) => {
    if (!inked.current && strokes.current.length === 0) return;
    renderStrokes(canvas, strokes.current);
    inked.current = strokes.current.length > 0;
  }, []);

  const redraw = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => canvasRef.current && paint(canvasRef.current));
  }, [paint]);

  // The backing store follows the CSS size and the pixel ratio, so strokes stay sharp. The observer
  // also gives the first size, once the first screen is laid out, so the bitmap is made once.
  useEffect(() => {
    const canvas = canvasRef.current!;
    const observer = new ResizeObserver(() => {
      const side = Math.round(canvas.clientWidth * devicePixelRatio);
      if (side > 0 && canvas.width !== side) {
        canvas.width = canvas.height = side; // which clears it
        inked.current = false;
        paint(canvas);
      }
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [paint]);

  // The pad shows the store's drawing: its own finished strokes, or one put there from outside (a
  // sample digit), as if drawn here. A copy: the pad's arrays grow with the next stroke.
  useEffect(() => {
    if (drawing.current) return;
    strokes.current = (storeStrokes ?? []).map((stroke) => stroke.slice());
    setEmpty(strokes.current.length === 0);
    redraw();
  }, [storeStrokes, redraw]);

  const toPad = (event: { clientX: number; clientY: number }): Point => {
    const box = canvasRef.current!.getBoundingClientRect();
    return { x: ((event.clientX - box.left) / box.width) * PAD_SIZE, y: ((event.clientY - box.top) / box.height) * PAD_SIZE };
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = { pointerId: event.pointerId, lastPredict: performance.now() };
    strokes.current.push([toPad(event)]);
    setEmpty(false);
    setStrokeActive(true);
    redraw();
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const state = drawing.current;
    if (!state || state.pointerId !== event.pointerId) return;
    const stroke = strokes.current[strokes.current.length - 1];
    // Coalesced events carry the points the browser merged into this one: smoother fast strokes.
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length ? samples : [event]) stroke.push(toPad(sample));
    redraw();
    const now = performance.now();
    if (now - state.lastPredict >= PREDICT_EVERY_MS) {
      state.lastPredict = now;
      askAbout(strokes.current);
    }
  };

  const onPointerEnd = (event: PointerEvent<HTMLCanvasElement>) => {
    if (drawing.current?.pointerId !== event.pointerId) return;
    drawing.current = null;
    // The network is asked about the finished drawing once the store has it (draw-client.ts). A copy:
    // the pad's own arrays grow with the next stroke.
    setDrawingStrokes(strokes.current.map((stroke) => stroke.slice()));
    setStrokeActive(false);
  };

  const clear = useCallback(() => {
    strokes.current = [];
    drawing.current = null;
    setEmpty(true);
    setStrokeActive(false);
    clearDrawing();
    redraw();
  }, [redraw, setStrokeActive]);

  useClearShortcut(clear);

  return (
    <div className="draw-pad">
      <div className="pad-frame">
        <canvas
          ref={canvasRef}
          className="pad-canvas"
          role="img"
          aria-label="Drawing pad"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
        />
        {empty && <p className="pad-placeholder" aria-hidden="true">Draw a digit here</p>}
      </div>
      <div className="pad-actions">
        <button type="button" onClick={clear} aria-keyshortcuts="Escape" disabled={empty}>
          Clear
        </button>
        <span className="hint">
          <span className="key-hint">
            or press <kbd>Esc</kbd>.{' '}
          </span>
          Mouse, finger or pen.
        </span>
      </div>
      <SampleDigits />
    </div>
  );
}
