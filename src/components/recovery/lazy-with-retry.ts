import { createElement, lazy, type ComponentType } from 'react';

/**
 * React.lazy keeps a failed load for good; this one forgets it, so a card's Retry downloads the
 * code again (the CardBoundary around it shows the failure and the button).
 */
export function lazyWithRetry<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        Lazy = make();
        throw error;
      }),
    );
  let Lazy = make();
  return function LazyWithRetry(props: P) {
    return createElement(Lazy, props);
  };
}
