import { useEffect, useMemo, useState } from 'react';
import { reportFailure } from '../../client/connection.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useModelVersion } from '../../store/use-throttled-selector.ts';
import type { Lesson } from '../../worker/learn-api.ts';
import { explainOnNetwork } from './learn-client.ts';

/**
 * The path's numbers for the current drawing, asked again whenever the drawing, the choices in
 * the path or the network (a run, a reset, a loaded model) change. Null while there is no drawing.
 */
export function useLesson(): Lesson | null {
  const input = useAppStore((s) => s.prediction?.input ?? null);
  const neuron = useAppStore((s) => s.learn.neuron);
  const label = useAppStore((s) => s.learn.label);
  const biasShift = useAppStore((s) => s.learn.biasShift);
  const on = useAppStore((s) => s.learn.on);
  const copySteps = useAppStore((s) => s.learn.lastStep?.copySteps ?? 0);
  // Any change of the model (a run, a reset, a loaded model): while training, at most every 250 ms,
  // but every mini-batch in Watch and Step.
  const version = useModelVersion(250);
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const ask = useMemo(() => latestRequest(explainOnNetwork, setLesson, reportFailure), []);

  useEffect(() => {
    if (input) ask(input, { neuron, label, biasShift }, on);
  }, [ask, input, neuron, label, biasShift, on, copySteps, version]);
  useEffect(() => ask.cancel, [ask]);

  return input ? lesson : null;
}
