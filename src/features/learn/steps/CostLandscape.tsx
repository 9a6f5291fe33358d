import { useEffect, useRef } from 'react';
import { useAppStore } from '../../../store/app-store.ts';
import { resolvedColour } from '../../../ui/theme-colour.ts';
import { useThemeChange } from '../../../ui/use-theme-change.ts';
import { around, dimensions, landscapeText, weightName } from '../landscape-words.ts';
import { precise } from '../learn-format.ts';
import { BANDS, costRange, paintLandscape } from '../paint-landscape.ts';
import { useLandscape } from '../use-landscape.ts';

/** Canvas pixels per side: twice the largest width it is shown at, sharp on a high-density screen. */
const SIDE = 560;

const colours = (canvas: HTMLCanvasElement) => ({
  low: resolvedColour(canvas, '--accent'),
  high: resolvedColour(canvas, '--card'),
  mark: resolvedColour(canvas, '--text'),
  halo: resolvedColour(canvas, '--card'),
  next: resolvedColour(canvas, '--warn'),
});

/** The legend's bands, in the same sRGB mix of the same two theme colours the canvas paints. */
const bandColour = (band: number) => `color-mix(in srgb, var(--card) ${Math.round((band / (BANDS - 1)) * 100)}%, var(--accent))`;

/** Step 5's cost landscape: the drawing's cost over two weights, where the network is, and the steps on it. */
export function CostLandscape() {
  const landscape = useLandscape();
  const eta = useAppStore((s) => s.learn.eta);
  const stepped = useAppStore((s) => s.learn.lastStep !== null);
  const theme = useThemeChange();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const last = stepped && landscape?.on === 'copy' ? (landscape.last?.from ?? null) : null;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas && landscape) paintLandscape(canvas, landscape, colours(canvas), last, landscape.next);
  }, [landscape, last, theme]);

  if (!landscape) return null;
  const { layers, axes, centre, span } = landscape;
  const [min, max] = costRange(landscape.costs);
  const { all, weights, biases } = dimensions(layers);
  return (
    <figure className="cost-landscape">
      <div className="cost-landscape-picture">
        <canvas ref={canvasRef} width={SIDE} height={SIDE} role="img" aria-label={`The cost over two weights. ${landscapeText(landscape, eta, last !== null)}`} />
        <div className="cost-landscape-legend" aria-hidden="true">
          <span>cost</span>
          <span className="numbers">{precise(min)}</span>
          {Array.from({ length: BANDS }, (_, band) => (
            <span key={band} className="band" style={{ background: bandColour(band) }} />
          ))}
          <span className="numbers">{precise(max)}</span>
        </div>
      </div>
      <figcaption>
        <p>
          The cost of this drawing as two weights change, all else as it is: the stronger the colour (the legend’s left end), the lower the cost (each band is an eighth of the
          way from {precise(min)} to {precise(max)}). The ring is the network; the dashed arrow is the next step, against the gradient, downhill.
          {last && ' The solid arrow is the step just taken; the picture is then drawn again around the network, since every other number moved too.'}
        </p>
        <p>
          Across: {weightName(layers, axes[0])} ({around(centre[0], span)}). Up: {weightName(layers, axes[1])} ({around(centre[1], span)}). Of all the
          weights, these two, into two different neurons, have the largest gradient for this drawing on the network the path started from.
        </p>
        <p>
          The real landscape has {all.toLocaleString('en')} dimensions ({weights.toLocaleString('en')} weights + {biases} biases), not 2: a step moves
          them all at once, and this picture is its shadow on two of them.
        </p>
      </figcaption>
    </figure>
  );
}
