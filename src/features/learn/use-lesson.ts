import { useEffect, useMemo, useRef, useState } from 'react';
import { reportFailure } from '../inside/inside-client.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { selectModelVersion, useAppStore } from '../../store/app-store.ts';
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
  // Any change of the model: a run, a reset, a loaded model.
  const version = useAppStore(selectModelVersion);
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const ask = useMemo(() => latestRequest(explainOnNetwork, setLesson, reportFailure), []);

  // A new drawing: the last step's before and after were about the old one.
  const firstInput = useRef(input);
  useEffect(() => {
    if (input === firstInput.current) return;
    firstInput.current = null;
    if (useAppStore.getState().learn.lastStep) useAppStore.getState().setLearn({ lastStep: null });
  }, [input]);

  useEffect(() => {
    if (input) ask(input, { neuron, label, biasShift }, on);
  }, [ask, input, neuron, label, biasShift, on, copySteps, version]);

  return input ? lesson : null;
}
