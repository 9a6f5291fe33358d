import { useEffect, useMemo, useState } from 'react';
import { reportFailure } from '../../client/connection.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useModelVersion } from '../../store/use-throttled-selector.ts';
import type { Landscape } from '../../worker/learn-api.ts';
import { landscapeOnNetwork } from './learn-client.ts';

/**
 * The cost landscape for the current drawing and true digit, asked again whenever the drawing, the
 * digit, η, the network (a run, a step on the copy, the base) change. Null without a drawing or digit.
 */
export function useLandscape(): Landscape | null {
  const input = useAppStore((s) => s.prediction?.input ?? null);
  const label = useAppStore((s) => s.learn.label);
  const eta = useAppStore((s) => s.learn.eta);
  const on = useAppStore((s) => s.learn.on);
  const base = useAppStore((s) => s.learn.base);
  const copySteps = useAppStore((s) => s.learn.lastStep?.copySteps ?? 0);
  // As the lesson: at most every 250 ms while a run changes the model in use; a snapshot of the
  // book's network does not change with it (the landscape costs about 50 ms of the worker's time).
  const modelVersion = useModelVersion(250);
  const version = base === 'model' ? modelVersion : 0;
  const [landscape, setLandscape] = useState<Landscape | null>(null);
  const ask = useMemo(() => latestRequest(landscapeOnNetwork, (result: Landscape | null) => setLandscape(result), reportFailure), []);

  useEffect(() => {
    if (input && label !== null) ask(input, label, eta, on, base);
  }, [ask, input, label, eta, on, base, copySteps, version]);
  useEffect(() => ask.cancel, [ask]);

  return input && label !== null ? landscape : null;
}
