import { createElement, lazy, type ComponentType } from 'react';

// Each lazy part whose code failed to load, with the step that makes its next render load it again.
const failed = new Set<() => void>();

/** Lets every lazy part whose code failed to load try again on its next render (a card's Retry calls this). */
export function retryFailedLoads(): void {
  for (const renew of failed) renew();
  failed.clear();
}

/**
 * React.lazy keeps a failed load for good. This one, after retryFailedLoads(), downloads the code
 * again (the CardBoundary around it shows the failure and the Retry button). Swapping at once on
 * failure would not do: React renders again after a rejection, and a new load each time is a loop.
 */
export function lazyWithRetry<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed.add(() => (Lazy = make()));
        throw error;
      }),
    );
  let Lazy = make();
  return function LazyWithRetry(props: P) {
    return createElement(Lazy, props);
  };
}
