import { Suspense } from 'react';
import { lazyWithRetry } from '../../ui/lazy-with-retry.ts';
import { useAppStore } from '../../store/app-store.ts';

// The path's code is loaded only when someone opens it.
const LearnPath = lazyWithRetry(() => import('./LearnPath.tsx'));

/** Where the guided path shows once opened (beside the draw pad on wide screens, below it on narrow ones). */
export function LearnSlot() {
  const open = useAppStore((s) => s.learn.open);
  if (!open) return null;
  return (
    <Suspense fallback={<section className="card learn-card" aria-label="How it works: loading" aria-busy="true" />}>
      <LearnPath />
    </Suspense>
  );
}
