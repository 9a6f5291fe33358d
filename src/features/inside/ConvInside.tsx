import { useEffect, useMemo, useState } from 'react';
import { reportFailure } from '../../client/connection.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useModelVersion } from '../../store/use-throttled-selector.ts';
import { PixelImage } from '../../ui/PixelImage.tsx';
import { Term } from '../../ui/Term.tsx';
import type { ConvLook } from '../../worker/inspect-conv.ts';
import { lookInsideConv } from './inside-client.ts';

const BLANK = new Float32Array(IMAGE_SIZE);
/** While training, the view follows the weights at most this often. */
const TRAINING_REFRESH_MS = 250;

/**
 * The feature maps of `look`, scaled so the brightest value of all of them is white (ReLU outputs have
 * no upper bound). One scale for all, so a map that found little stays dark beside one that found much.
 */
function scaledMaps(look: ConvLook): Float32Array {
  const max = look.featureMaps.reduce((m, v) => Math.max(m, v), 0);
  return max > 0 ? look.featureMaps.map((v) => v / max) : look.featureMaps;
}

/** Look inside a convolutional network: each first-layer filter's weights, and the feature map it makes of the drawing. */
export function ConvInside() {
  const drawing = useAppStore((s) => s.prediction?.input ?? null);
  const version = useModelVersion(TRAINING_REFRESH_MS);
  const [look, setLook] = useState<ConvLook | null>(null);
  const request = useMemo(() => latestRequest(lookInsideConv, setLook, reportFailure), []);
  useEffect(() => {
    request(drawing ?? BLANK);
  }, [drawing, version, request]);
  useEffect(() => request.cancel, [request]);
  const maps = useMemo(() => (look ? scaledMaps(look) : null), [look]);

  return (
    <div className="conv-inside">
      <p className="hint">
        The network, hidden-feature and error views show fully connected networks; the model in use is convolutional. Here are its first layer’s filters and
        the feature maps they make of your drawing.
      </p>
      {look && maps ? (
        <>
          <p>
            Each <Term id="convolution" /> filter is {look.kernel}×{look.kernel} weights (blue positive, red negative). Slid over your {drawing ? 'drawing' : 'blank pad'}, it
            makes the <Term id="feature-map" /> beside it, {look.side}×{look.side}: bright where the filter found its pattern.
          </p>
          <ul className="conv-pairs" aria-label={`${look.maps} filters and their feature maps`}>
            {Array.from({ length: look.maps }, (_, map) => (
              <li key={map} className="conv-pair">
                <PixelImage values={look.filters.subarray(map * look.kernel ** 2, (map + 1) * look.kernel ** 2)} side={look.kernel} mode="signed" className="conv-filter" label={`Filter ${map + 1}`} />
                <PixelImage values={maps.subarray(map * look.side ** 2, (map + 1) * look.side ** 2)} side={look.side} mode="grey" className="conv-map" label={`Feature map ${map + 1}`} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Reading the filters…</p>
      )}
    </div>
  );
}
