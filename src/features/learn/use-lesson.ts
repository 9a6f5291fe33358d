import { useEffect, useMemo, useRef, useState } from 'react';
import { reportFailure } from '../../client/connection.ts';
import { latestRequest } from '../../client/latest-request.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useModelVersion } from '../../store/use-throttled-selector.ts';
import type { Lesson } from '../../worker/learn-api.ts';
import { explainOnNetwork } from './learn-client.ts';

/**
 * The path's numbers for the current drawing, asked again whenever the drawing, the choices in
 * the path or the network (a run, a reset, a loaded model, a step) change. Null while there is no drawing.
 * The hidden neuron the worker picks is then kept, so a step does not silently follow another one;
 * a new drawing picks again.
 */
export function useLesson(): Lesson | null {
  const input = useAppStore((s) => s.prediction?.input ?? null);
  const neuron = useAppStore((s) => s.learn.neuron);
  const picked = useAppStore((s) => s.learn.neuronPicked);
  const label = useAppStore((s) => s.learn.label);
  const biasShift = useAppStore((s) => s.learn.biasShift);
  const on = useAppStore((s) => s.learn.on);
  const base = useAppStore((s) => s.learn.base);
  const copySteps = useAppStore((s) => s.learn.lastStep?.copySteps ?? 0);
  // Any change of the model (a run, a reset, a loaded model): while training, at most every 250 ms,
  // but every mini-batch in Watch and Step.
  const version = useModelVersion(250);
  const [lesson, setLesson] = useState<Lesson | null>(null);
  const ask = useMemo(() => {
    const show = (result: Lesson | null, _image: Float32Array, request: { neuron: number }) => {
      setLesson(result);
      // Keep the worker's pick: from now on the path follows this neuron.
      const { learn, setLearn } = useAppStore.getState();
      if (result && request.neuron < 0 && learn.neuron < 0) setLearn({ neuron: result.neuron.index, neuronPicked: true });
    };
    return latestRequest(explainOnNetwork, show, reportFailure);
  }, []);
  const drawn = useRef(input);

  useEffect(() => {
    const { setLearn } = useAppStore.getState();
    // Another drawing: the neuron picked for the last one may not suit it.
    if (input !== drawn.current) {
      drawn.current = input;
      if (picked && neuron >= 0) return setLearn({ neuron: -1 });
    }
    if (input) ask(input, { neuron, label, biasShift }, on, base);
  }, [ask, input, neuron, picked, label, biasShift, on, base, copySteps, version]);
  useEffect(() => ask.cancel, [ask]);

  return input ? lesson : null;
}
