import { useAppStore } from '../store/app-store.ts';

/** How long the pen must have rested (no stroke drawn or ended) before heavy downloads start. */
const REST_MS = 1_000;
/** The longest they wait for it: someone who draws on and on still gets MNIST. */
const REST_LIMIT_MS = 10_000;

let lastActivity = -Infinity;

/** Notes each stroke's start and end from now on; call once, as the page starts. */
export function followPenActivity(): void {
  useAppStore.subscribe((s, prev) => {
    if (s.strokeActive !== prev.strokeActive) lastActivity = performance.now();
  });
}

/**
 * Resolves once no stroke is being drawn and none has started or ended for REST_MS (at once if the
 * pen has not moved lately), at most REST_LIMIT_MS from now. MNIST's download and the service
 * worker's copy of the app starting mid-drawing slowed the drawing on this 2-core machine: on slow 4G,
 * a 7 drawn as soon as the pad showed was finished at 3.05-3.58 s with them starting as the ready
 * model came, 2.44-2.74 s with them 10 s later; waiting for the pen to rest, the drawing's answer
 * came at a median 2.57 and 2.51 s against 3.05 and 2.93 s (slow-4g-first-answer.ts, 2 runs of 3
 * visits each, alternately).
 */
export function penResting(): Promise<void> {
  return new Promise((resolve) => {
    let wait: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = useAppStore.subscribe((s, prev) => s.strokeActive !== prev.strokeActive && check());
    const limit = setTimeout(done, REST_LIMIT_MS);
    function done() {
      clearTimeout(wait);
      clearTimeout(limit);
      unsubscribe();
      resolve();
    }
    function check() {
      clearTimeout(wait);
      if (useAppStore.getState().strokeActive) return;
      const rested = performance.now() - lastActivity;
      if (rested >= REST_MS) done();
      else wait = setTimeout(check, REST_MS - rested);
    }
    check();
  });
}
