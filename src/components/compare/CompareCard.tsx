import { lazy, Suspense, useState } from 'react';

// The view (with its styles), recharts' composed chart and both compare workers load only when the person opens it.
const CompareView = lazy(() => import('./CompareView.tsx'));

/** Manual vs framework: closed, a sentence and a button; open, the comparison. */
export function CompareCard() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="card-head">
        <h2 id="compare-title">Manual vs framework</h2>
        {open && (
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        )}
      </div>
      <p className="lede">
        A network with 40 hidden neurons, written by hand like this app’s, once read 95.57% of the test images right; the same network built with a framework got 85.02%.
        Train both at once here, our code and TensorFlow.js, on the same images from the same starting weights, and see where the difference comes from.
      </p>
      {open ? (
        <Suspense fallback={<p className="hint">Loading the comparison…</p>}>
          <CompareView />
        </Suspense>
      ) : (
        <p>
          <button type="button" className="primary" onClick={() => setOpen(true)}>
            Open the comparison
          </button>
        </p>
      )}
    </>
  );
}
