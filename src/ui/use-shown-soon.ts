import { startTransition, useEffect, useState, type RefObject } from 'react';

/** The longest a part below the first screen waits for an idle moment, once its turn has come, before it renders anyway. */
const IDLE_TIMEOUT_MS = 1_000;
/** How close to the screen a part may come before it renders, so it is ready as it scrolls in. */
const NEAR_SCREEN = '400px';

/** The parts below the first screen wait their turn here, in page order (the order they mount). */
let turns: Promise<void> = Promise.resolve();

/** Resolves at the browser's next idle moment (or after IDLE_TIMEOUT_MS of none). */
const idleMoment = () =>
  new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }) : setTimeout(resolve, 0)));

/**
 * True once the element is near the screen or its turn has come at an idle moment, whichever comes
 * first: a part the first screen does not show costs the first visit nothing, yet it is there (for
 * the keyboard, a screen reader, a find in the page) a moment later; a part the layout hides, once
 * it shows. One part at a time, each once the one before is on the screen: rendered together they
 * made one task of 40-50 ms on a 2-core machine (a store change during a transition makes React
 * finish it in one go), one each is a few short tasks.
 */
export function useShownSoon(ref: RefObject<Element | null>, shownAtOnce = false): boolean {
  const [shown, setShown] = useState(shownAtOnce);
  useEffect(() => {
    if (shown) return;
    // In a transition: React renders the part in slices of a few milliseconds, so a drawing's
    // answer (or a tap) is never kept waiting behind it.
    const show = () => startTransition(() => setShown(true));
    let done = false;
    let endTurn = () => {};
    turns = turns.then(() =>
      done
        ? undefined
        : idleMoment().then(() => {
            // A part the layout hides (a phone shows one card under the draw card) waits until it
            // shows: nobody can see, find or reach it before, and the phone is spared its rendering.
            if (done || (ref.current && ref.current.getClientRects().length === 0)) return;
            // The turn ends when this part is shown (the cleanup below runs then) or unmounted.
            const turnOver = new Promise<void>((resolve) => (endTurn = resolve));
            show();
            return turnOver;
          }),
    );
    const observer = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: NEAR_SCREEN }) : null;
    // A hidden part that comes to show (its section picked, the screen turned wide) gets a size.
    // The observer's first report is the size it has now: only a change from none counts.
    let hidden: boolean | null = null;
    const sized =
      typeof ResizeObserver === 'function'
        ? new ResizeObserver((entries) => {
            const nowHidden = entries.every((e) => e.contentRect.height === 0);
            if (hidden && !nowHidden) show();
            hidden = nowHidden;
          })
        : null;
    if (ref.current) {
      observer?.observe(ref.current);
      sized?.observe(ref.current);
    }
    return () => {
      done = true;
      endTurn();
      observer?.disconnect();
      sized?.disconnect();
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
