/** How often download progress may cross to the page: the bar moves smoothly, the page is not flooded on a fast line. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Passes on at most one progress report per `intervalMs` (a download reports every network chunk,
 * hundreds a second on a fast line, each a message and a render on the page); a change of phase
 * and the end always pass.
 */
export function throttleProgress<P extends { phase: string; loaded: number; total: number }>(
  report: (progress: P) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (progress: P) => void {
  let last = -Infinity;
  let phase: string | null = null;
  return (progress) => {
    const t = now();
    if (progress.phase === phase && progress.loaded < progress.total && t - last < intervalMs) return;
    last = t;
    phase = progress.phase;
    report(progress);
  };
}
