import { useEffect, useState } from 'react';
import { selectEveryStep, selectModelVersion, useAppStore } from './app-store.ts';

type AppState = ReturnType<typeof useAppStore.getState>;

/**
 * Calls `onChange` when a selected store value changes, at most once per interval; the latest value
 * always lands. For work that follows a field changing ten times a second while training (the model
 * version): re-reading drawings, re-asking the worker, redrawing a chart. Returns the unsubscribe.
 */
export function subscribeThrottled<T>(select: (state: AppState) => T, intervalMs: number, onChange: (value: T) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = -Infinity;
  let last = select(useAppStore.getState());
  const flush = () => {
    timer = undefined;
    lastFlush = performance.now();
    const next = select(useAppStore.getState());
    if (Object.is(next, last)) return;
    last = next;
    onChange(next);
  };
  const unsubscribe = useAppStore.subscribe((state) => {
    if (Object.is(select(state), last)) return;
    timer ??= setTimeout(flush, Math.max(0, lastFlush + intervalMs - performance.now()));
  });
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}

/**
 * A store field read at most once per interval (the latest value always lands). A component using
 * it does not even re-render in between, so a costly view such as a chart can follow a field that
 * changes ten times a second. `select` must be a stable function.
 */
export function useThrottledSelector<T>(select: (state: AppState) => T, intervalMs: number): T {
  const [value, setValue] = useState(() => select(useAppStore.getState()));
  useEffect(() => {
    const unsubscribe = subscribeThrottled(select, intervalMs, (next) => setValue(() => next));
    // A change between the render and this effect is not missed.
    const sync = setTimeout(() => setValue(() => select(useAppStore.getState())), 0);
    return () => {
      unsubscribe();
      clearTimeout(sync);
    };
  }, [select, intervalMs]);
  return value;
}

/**
 * The model version for views that redraw with the weights: at most every `ms` while training at
 * full speed, at every step in Watch, Step and while paused (where each step is the thing to see).
 */
export function useModelVersion(ms: number): number {
  const everyStep = useAppStore(selectEveryStep);
  return useThrottledSelector(selectModelVersion, everyStep ? 0 : ms);
}
