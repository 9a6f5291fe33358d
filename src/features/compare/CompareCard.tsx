import { Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { CardBoundary } from '../../ui/CardBoundary.tsx';
import { lazyWithRetry } from '../../ui/lazy-with-retry.ts';

// The view (with its styles), recharts' composed chart and both compare workers load only when the person opens it.
const CompareView = lazyWithRetry(() => import('./CompareView.tsx'));

/** Manual vs framework: closed, a sentence and a button; open, the comparison. */
export function CompareCard() {
  const [open, setOpen] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);

  // The button pressed goes away either way: focus goes to the heading on open, back to Open on close.
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (open ? headingRef.current : openRef.current)?.focus();
  }, [open]);

  const toggle = (next: boolean) => {
    toggled.current = true;
    setOpen(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open || event.key !== 'Escape' || (event.target as HTMLElement).closest('input, select, textarea')) return;
    event.preventDefault();
    toggle(false);
  };

  return (
    <div className="compare-card-body" onKeyDown={onKeyDown}>
      <div className="card-head">
        <h2 id="compare-title" ref={headingRef} tabIndex={-1}>
          Manual vs framework
        </h2>
        {open && (
          <button type="button" onClick={() => toggle(false)} aria-keyshortcuts="Escape">
            Close
          </button>
        )}
      </div>
      <p className="lede">
        A network with 40 hidden neurons, written by hand like this app’s, once read 95.57% of the test images right; the same network built with a framework got 85.02%.
        Train both at once here, our code and TensorFlow.js, on the same images from the same starting weights, and see where the difference comes from.
      </p>
      {open ? (
        <CardBoundary title="The comparison">
          <Suspense fallback={<p className="hint">Loading the comparison…</p>}>
            <CompareView />
          </Suspense>
        </CardBoundary>
      ) : (
        <p>
          <button type="button" className="primary" ref={openRef} onClick={() => toggle(true)}>
            Open the comparison
          </button>
        </p>
      )}
    </div>
  );
}
