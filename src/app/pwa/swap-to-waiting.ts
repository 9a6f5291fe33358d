/** How long Reload waits for the new version to take over before it reloads anyway. */
export const SWAP_FALLBACK_MS = 4_000;

/** What the swap needs of the page: a test passes stand-ins. */
export interface SwapEnvironment {
  container: Pick<ServiceWorkerContainer, 'getRegistration' | 'addEventListener'>;
  reload(): void;
  setTimeout(run: () => void, ms: number): unknown;
}

const browser = (): SwapEnvironment => ({
  container: navigator.serviceWorker,
  reload: () => location.reload(),
  setTimeout: (run, ms) => setTimeout(run, ms),
});

/**
 * Asks the waiting service worker to take over, then reloads the page once, whichever the browser
 * reports first: the page's new controller, the new worker's activation (a page the old worker
 * never controlled gets no controllerchange), or, after SWAP_FALLBACK_MS, nothing at all. With no
 * worker waiting, it reloads at once. Either way the person who pressed Reload sees the page load.
 */
export async function swapToWaitingVersion(env: SwapEnvironment = browser()): Promise<void> {
  let reloaded = false;
  const reloadOnce = () => {
    if (reloaded) return;
    reloaded = true;
    env.reload();
  };
  const waiting = (await env.container.getRegistration().catch(() => undefined))?.waiting;
  if (!waiting) return reloadOnce();
  env.container.addEventListener('controllerchange', reloadOnce);
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated' || waiting.state === 'redundant') reloadOnce();
  });
  env.setTimeout(reloadOnce, SWAP_FALLBACK_MS);
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
