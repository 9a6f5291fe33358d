/**
 * How often download progress may cross to the page: four times a second moves the bar smoothly
 * enough, and each report is a render and a frame on the page while its first screen is still
 * settling (every 100 ms, they were a dozen of its tasks of 12-25 ms on a 2-core machine).
 */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Passes on at most one progress report per `intervalMs` (a download reports every network chunk,
 * hundreds a second on a fast line, each a message and a render on the page); a change of phase
 * and the first report of the end always pass. Reports of an end already passed wait their turn like
 * the others: where the total is an estimate the count can sit at it for most of the download (a
 * server that unpacks the gzip sends 4x the bytes), and each chunk then crossed to the page.
 */
export function throttleProgress<P extends { phase: string; loaded: number; total: number }>(
  report: (progress: P) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (progress: P) => void {
  let last = -Infinity;
  let phase: string | null = null;
  let ended = false;
  return (progress) => {
    const t = now();
    const end = progress.loaded >= progress.total;
    if (progress.phase === phase && (!end || ended) && t - last < intervalMs) return;
    if (progress.phase !== phase) ended = false;
    last = t;
    phase = progress.phase;
    ended ||= end;
    report(progress);
  };
}
