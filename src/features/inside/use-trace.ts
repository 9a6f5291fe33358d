import { useEffect, useMemo, useState } from 'react';
import { reportFailure } from '../../client/connection.ts';
import { traceImage } from './inside-client.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { useModelVersion } from '../../store/use-throttled-selector.ts';
import type { NeuronRef, TraceView } from '../../worker/inspect-trace.ts';

const BLANK = new Float32Array(IMAGE_SIZE);

/** While training, the views inside follow the weights at most this often. */
export const TRAINING_REFRESH_MS = 250;

/** The network's activations for `image` (a blank pad when null), traced in the worker and kept fresh as it trains. */
export function useTrace(image: Float32Array | null, selected: NeuronRef | null): TraceView | null {
  const [trace, setTrace] = useState<TraceView | null>(null);
  // In Watch and Step, every mini-batch shows: they come a few a second at most.
  const version = useModelVersion(TRAINING_REFRESH_MS);
  const request = useMemo(() => latestRequest(traceImage, setTrace, reportFailure), []);
  useEffect(() => {
    request(image ?? BLANK, selected);
  }, [image, selected, version, request]);
  useEffect(() => request.cancel, [request]);
  return trace;
}
