/**
 * Whether the page's first render is on the screen. That render runs in a transition (main.tsx), in
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
