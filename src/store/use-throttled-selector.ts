import { useEffect, useState } from 'react';
import { useAppStore } from './app-store.ts';

type AppState = ReturnType<typeof useAppStore.getState>;

/**
 * A store field read at most once per interval (the latest value always lands). A component using
 * it does not even re-render in between, so a costly view such as a chart can follow a field that
 * changes ten times a second. `select` must be a stable function.
 */
export function useThrottledSelector<T>(select: (state: AppState) => T, intervalMs: number): T {
  const [value, setValue] = useState(() => select(useAppStore.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastFlush = 0;
    const flush = () => {
      timer = undefined;
      lastFlush = performance.now();
      const next = select(useAppStore.getState());
      setValue(() => next);
    };
    const unsubscribe = useAppStore.subscribe(() => {
      timer ??= setTimeout(flush, Math.max(0, lastFlush + intervalMs - performance.now()));
    });
    flush();
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [select, intervalMs]);
  return value;
}
