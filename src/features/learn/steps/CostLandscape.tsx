import { useEffect, useRef } from 'react';
import { useAppStore } from '../../../store/app-store.ts';
import { resolvedColour } from '../../../ui/theme-colour.ts';
import { useThemeChange } from '../../../ui/use-theme-change.ts';
import { around, dimensions, landscapeText, weightName } from '../landscape-words.ts';
import { precise } from '../learn-format.ts';
import { LearnMore } from '../LearnMore.tsx';
import { BANDS, costRange, paintLandscape } from '../paint-landscape.ts';
import { useLandscape } from '../use-landscape.ts';
import { formatCount } from '../../../ui/format.ts';

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

/** Step 8's cost landscape: the drawing's cost over two weights, where the network is, and the steps on it. */
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
          The cost of this drawing as two of its weights change, all else as it is: the stronger the colour, the lower the cost. The ring is the network;
          the dashed arrow is the next step, downhill.{last && ' The solid arrow is the step just taken.'}
        </p>
        <p>
          The real landscape has {formatCount(all)} dimensions ({formatCount(weights)} weights + {biases} biases), not 2: this picture is
          the step’s shadow on two of them.
        </p>
        <LearnMore summary="Which two weights, and how to read the picture">
          <p>
            Across: {weightName(layers, axes[0])} ({around(centre[0], span)}). Up: {weightName(layers, axes[1])} ({around(centre[1], span)}). Of all the
            weights, these two, into two different neurons, have the largest gradient for this drawing on the network the path started from.
          </p>
          <p>
            Each band of colour is an eighth of the way from cost {precise(min)} (strongest) to {precise(max)}. After a step the picture is drawn again around
            the network: every other number moved too, so the ground under the two weights changed.
          </p>
        </LearnMore>
      </figcaption>
    </figure>
  );
}
