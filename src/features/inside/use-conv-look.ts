import { useEffect, useMemo, useState } from 'react';
import { reportFailure } from '../../client/connection.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { IMAGE_SIZE } from '../../mnist/dataset.ts';
import { useModelVersion } from '../../store/use-throttled-selector.ts';
import type { ConvLook } from '../../worker/inspect-conv.ts';
import { lookInsideConv } from './inside-client.ts';
import { TRAINING_REFRESH_MS } from './use-trace.ts';

const BLANK = new Float32Array(IMAGE_SIZE);

/**
 * What each layer of the convolutional model in use makes of `image` (a blank pad when null), kept
 * fresh as it trains; only while `active` (the view is near the screen), catching up when it becomes so.
 */
export function useConvLook(image: Float32Array | null, active = true): ConvLook | null {
  const [look, setLook] = useState<ConvLook | null>(null);
  const version = useModelVersion(TRAINING_REFRESH_MS);
  const request = useMemo(() => latestRequest(lookInsideConv, setLook, reportFailure), []);
  useEffect(() => {
    if (active) request(image ?? BLANK);
  }, [image, version, request, active]);
  useEffect(() => request.cancel, [request]);
  return look;
}
