import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { fetchFeatureImages, reportFailure } from '../../client/inside-client.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { selectModelVersion, useAppStore } from '../../store/app-store.ts';
import { useThrottledSelector } from '../../store/use-throttled-selector.ts';
import type { FeatureImages } from '../../worker/inspect-features.ts';
import { paintFeatures, TILE } from './draw-features.ts';
import { NEGATIVE_CSS, POSITIVE_CSS } from './shade.ts';

/** The model version is read at most once a second, so the gallery redraws at most that often. */
const REFRESH_MS = 1000;

/** Every first-hidden-layer neuron's incoming weights as a 28x28 tile, on one canvas, refreshed as the network trains. */
export function FeatureGallery() {
  const [features, setFeatures] = useState<FeatureImages | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  // In Watch and Step, every mini-batch shows: they come a few a second at most.
  const everyStep = useAppStore((s) => s.trainSpeed === 'watch' || s.run.status === 'paused');
  const version = useThrottledSelector(selectModelVersion, everyStep ? 0 : REFRESH_MS);
  const request = useMemo(() => latestRequest(fetchFeatureImages, setFeatures, reportFailure), []);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const count = features?.count ?? 0;
  // Smaller tiles for large layers, so 300 neurons fit a phone screen in a few swipes.
  const cols = Math.max(1, Math.min(count, count > 64 ? 20 : 10));
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

  const open = (event: MouseEvent<HTMLCanvasElement>) => {
    const n = tileAt(event);
    if (n === null) return;
    useAppStore.getState().selectNeuron({ layer: 1, index: n });
    useAppStore.getState().setInsideTab('network');
  };

  if (!features) return <p className="inside-hint">Waiting for the network…</p>;
  return (
    <div className="feature-gallery">
      <p className="inside-legend">
        What each of the {count} neurons of the first hidden layer looks for: its 784 incoming weights (one per pixel) laid out as the image. <span style={{ color: POSITIVE_CSS }}>Blue</span> pixels
        raise it where there is ink, <span style={{ color: NEGATIVE_CSS }}>red</span> ones lower it, white is 0. Each tile has its own scale (its largest |w| is full colour), so
        weak neurons show their shape too. Untrained weights are noise; train and watch strokes form. Tap a tile to see that neuron in the network view.
      </p>
      <canvas
        ref={canvasRef}
        width={cols * TILE}
        height={rows * TILE}
        className="feature-canvas"
        style={{ maxWidth: cols * (count > 64 ? 48 : 72) }}
        role="img"
        aria-label={`Incoming weights of all ${count} first-layer neurons`}
        onPointerMove={(e) => setHovered(tileAt(e))}
        onPointerLeave={() => setHovered(null)}
        onClick={open}
      />
      <p className="inside-hint" aria-live="off">
        {hovered === null ? (everyStep ? 'Refreshed after every mini-batch in Watch and Step.' : 'Refreshed at most once a second while training.') : `Neuron ${hovered + 1}: largest weight ±${features.maxAbs[hovered].toFixed(2)}`}
      </p>
    </div>
  );
}
