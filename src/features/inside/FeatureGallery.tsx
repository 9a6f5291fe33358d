import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { reportFailure } from '../../client/connection.ts';
import { fetchFeatureImages } from './inside-client.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { selectEveryStep, useAppStore } from '../../store/app-store.ts';
import { useModelVersion } from '../../store/use-throttled-selector.ts';
import type { FeatureImages } from '../../worker/inspect-features.ts';
import { paintFeatures, TILE } from './draw-features.ts';
import { useWidth } from './use-width.ts';

/** The model version is read at most once a second, so the gallery redraws at most that often. */
const REFRESH_MS = 1000;
/** The smallest tile on screen, in CSS px: a finger-sized target (WCAG's 24 px with room to spare). */
const MIN_TILE_PX = 32;

/** Every first-hidden-layer neuron's incoming weights as a 28x28 tile, on one canvas, refreshed as the network trains. */
export function FeatureGallery() {
  const [features, setFeatures] = useState<FeatureImages | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  // In Watch and Step, every mini-batch shows: they come a few a second at most.
  const everyStep = useAppStore(selectEveryStep);
  const version = useModelVersion(REFRESH_MS);
  const request = useMemo(() => latestRequest(fetchFeatureImages, setFeatures, reportFailure), []);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const width = useWidth(wrapRef);
  const [cursor, setCursor] = useState(0);
  const count = features?.count ?? 0;
  // Smaller tiles for large layers, but never so many columns that a tile gets smaller than a fingertip.
  const fit = width > 0 ? Math.floor(width / MIN_TILE_PX) : 10;
  const cols = Math.max(1, Math.min(count, count > 64 ? 20 : 10, fit));
  const rows = Math.ceil(count / cols);

  useEffect(() => {
    request();
    return request.cancel;
  }, [version, request]);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx || !features) return;
    const image = ctx.createImageData(cols * TILE, rows * TILE);
    paintFeatures(image, features, cols);
    ctx.putImageData(image, 0, 0);
  }, [features, cols, rows]);

  const tileAt = (event: MouseEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    const col = Math.floor(((event.clientX - rect.left) / rect.width) * cols);
    const row = Math.floor(((event.clientY - rect.top) / rect.height) * rows);
    const n = row * cols + col;
    return col >= 0 && col < cols && n >= 0 && n < count ? n : null;
  };

  const openNeuron = (n: number) => {
    useAppStore.getState().selectNeuron({ layer: 1, index: n });
    useAppStore.getState().setInsideTab('network');
    // The gallery goes away: focus goes to the network view's tab, where the neuron now shows.
    document.getElementById('inside-tab-network')?.focus();
  };

  const open = (event: MouseEvent<HTMLCanvasElement>) => {
    const n = tileAt(event);
    if (n !== null) openNeuron(n);
  };

  // Arrow keys move a cursor over the tiles, Enter or Space opens the neuron under it.
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -cols, ArrowDown: cols, Home: -cursor, End: count - 1 - cursor };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return openNeuron(cursor);
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = cursor + moves[event.key];
    if (next >= 0 && next < count) setCursor(next);
  };

  // The same outer element in both states, so its size is followed from the start.
  if (!features)
    return (
      <div className="feature-gallery" ref={wrapRef}>
        <p className="inside-hint">Waiting for the network…</p>
      </div>
    );
  return (
    <div className="feature-gallery" ref={wrapRef}>
      <p className="inside-legend">
        What each of the {count} neurons of the first hidden layer looks for: its 784 incoming weights (one per pixel) laid out as the image. <span className="pos">Blue</span> pixels
        raise it where there is ink, <span className="neg">red</span> ones lower it, white is 0. Each tile has its own scale (its largest |w| is full colour), so
        weak neurons show their shape too. Untrained weights are noise; train and watch strokes form. Tap a tile to see that neuron in the network view.
      </p>
      <div
        className="feature-wrap"
        tabIndex={0}
        role="application"
        aria-label="Hidden features. Arrow keys choose a neuron, Enter shows it in the network view."
        onKeyDown={onKeyDown}
      >
        <div className="feature-frame" style={{ maxWidth: cols * (count > 64 ? 48 : 72) }}>
          <canvas
            ref={canvasRef}
            width={cols * TILE}
            height={rows * TILE}
            className="feature-canvas"
            role="img"
            aria-label={`Incoming weights of all ${count} first-layer neurons`}
            onPointerMove={(e) => setHovered(tileAt(e))}
            onPointerLeave={() => setHovered(null)}
            onClick={open}
          />
          <span
            className="feature-cursor"
            aria-hidden="true"
            style={{ left: `${((cursor % cols) / cols) * 100}%`, top: `${(Math.floor(cursor / cols) / rows) * 100}%`, width: `${100 / cols}%`, height: `${100 / rows}%` }}
          />
        </div>
      </div>
      <p className="inside-hint" aria-live="off">
        {hovered === null ? (everyStep ? 'Refreshed after every mini-batch in Watch and Step.' : 'Refreshed at most once a second while training.') : `Neuron ${hovered + 1}: largest weight ±${features.maxAbs[hovered].toFixed(2)}`}
      </p>
      <p className="visually-hidden" role="status">
        Neuron {Math.min(cursor, count - 1) + 1} of {count}
      </p>
    </div>
  );
}
