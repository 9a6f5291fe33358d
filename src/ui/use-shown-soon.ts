import { startTransition, useEffect, useState, type RefObject } from 'react';

/** The longest a part below the first screen waits for an idle moment before it renders anyway. */
const IDLE_TIMEOUT_MS = 1_500;
/** How close to the screen a part may come before it renders, so it is ready as it scrolls in. */
const NEAR_SCREEN = '400px';

/**
 * True once the element is near the screen or the browser has an idle moment, whichever comes
 * first: a part the first screen does not show costs the first visit nothing, yet it is there (for
 * the keyboard, a screen reader, a find in the page) a moment later.
 */
export function useShownSoon(ref: RefObject<Element | null>, shownAtOnce = false): boolean {
  const [shown, setShown] = useState(shownAtOnce);
  useEffect(() => {
    if (shown) return;
    // In a transition: React renders the part in slices of a few milliseconds, so a drawing's
    // answer (or a tap) is never kept waiting behind it.
    const show = () => startTransition(() => setShown(true));
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(show, { timeout: IDLE_TIMEOUT_MS }) : null;
    const timer = idle === null ? setTimeout(show, 0) : null;
    const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: NEAR_SCREEN }) : null;
    if (ref.current) observer?.observe(ref.current);
    return () => {
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      observer?.disconnect();
    };
  }, [ref, shown]);
  return shown;
}

/**
 * True while the element is on the screen or near it (as above): a view that costs work at every
 * stroke (Look inside's convolutional network) does that work only then, and catches up as it
 * comes near. Without IntersectionObserver, always true.
 */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver !== 'function');
  useEffect(() => {
    if (typeof IntersectionObserver !== 'function' || !ref.current) return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { rootMargin: NEAR_SCREEN });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}
