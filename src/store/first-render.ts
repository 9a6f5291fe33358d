/**
 * Whether the page's first render is on the screen. That render runs in a transition (app/start.tsx), in
 * slices of a few milliseconds; but should the store change under it, React cannot finish it in
 * slices (useSyncExternalStore never shows two versions of a store at once) and renders everything
 * again in one go: on a slow phone a task of about a second, the first visit's longest. So what
 * arrives during that render from storage or the worker (the kept drawings, the list of saves, the
 * first model) waits for it, a few hundred milliseconds at most.
 */
let markShown: () => void = () => {};
let shown = typeof document === 'undefined';
const whenShown = new Promise<void>((resolve) => {
  markShown = () => {
    shown = true;
    resolve();
  };
});

/** Called by the app once its first render is committed. */
export const markFirstRenderShown = () => markShown();

/** Resolves once the first render is on the screen (at once outside a page: Node's tests and scripts). */
export const firstRenderShown = (): Promise<void> => (shown ? Promise.resolve() : whenShown);

/**
 * Resolves in a task of its own: the page's start-up steps each take one, so none is long. Each of
 * storage's first uses is a synchronous round trip to the browser (localStorage 2-11 ms, IndexedDB's
 * open 3-9 ms on a 2-core machine); together with the first fetch and the worker's channel they were
 * one task of about 37 ms, four times that at Lighthouse's slowed CPU.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * An idle moment at least this long: no task is waiting. The browser offers up to 50 ms when no
 * frame is due, about 15 ms between frames, which it keeps drawing while the page loads.
 */
const SETTLED_IDLE_MS = 10;
/** The longest the page waits to settle: a page kept busy gets on with it anyway. */
const SETTLE_LIMIT_MS = 4_000;

/**
 * Resolves once the first render is on the screen and the page has settled: two idle moments in
 * a row, so the cards rendered at the first one (Card's `later`) are done. Heavy work that can wait
 * starts then (MNIST's 47 MB, read by the worker; the service worker's copy of the app): on a 2-core
 * machine it otherwise takes a core from the first screen's rendering and makes its tasks longer.
 * Lighthouse's total blocking time, 3 runs each alternately: 740-1,010 ms starting at once, 300-400 ms
 * starting once settled; MNIST starts about 0.3 s later, and Train is ready as soon.
 */
export function pageSettled(): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return firstRenderShown();
  return firstRenderShown().then(
    () =>
      new Promise<void>((resolve) => {
        const limit = setTimeout(resolve, SETTLE_LIMIT_MS);
        let quietInARow = 0;
        const wait = () =>
          requestIdleCallback((deadline) => {
            quietInARow = deadline.timeRemaining() >= SETTLED_IDLE_MS ? quietInARow + 1 : 0;
            if (quietInARow < 2) return wait();
            clearTimeout(limit);
            resolve();
          });
        wait();
      }),
  );
}
