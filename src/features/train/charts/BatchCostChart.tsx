import { Suspense } from 'react';
import { lazyWithRetry } from '../../../ui/lazy-with-retry.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { formatCount } from '../../../ui/format.ts';

// The chart library loads once there is a point to draw, as for the other charts.
const BatchCostLines = lazyWithRetry(() => import('./BatchCostLines.tsx'));

/**
 * The cost of each mini-batch trained one at a time (Watch and Step), drawn as it comes: not
 * throttled, since these arrive a few a second at most.
 */
export function BatchCostChart() {
  const costs = useAppStore((s) => s.batchCosts);
  if (costs.length === 0) return null;
  const last = costs[costs.length - 1];
  return (
    <div className="batch-costs">
      <p className="hint">
        <strong>Mini-batch by mini-batch</strong> (the last {costs.length} trained one at a time): each dot is one mini-batch's cost before its step. It jumps about, as each
        mini-batch holds other images; the trend is what falls. Latest: <span className="numbers">{last.cost.toFixed(4)}</span> after {formatCount(last.examples)} images.
      </p>
      <div role="img" aria-label={`Mini-batch cost chart: ${costs.length} mini-batches, the latest ${last.cost.toFixed(3)}, the first shown ${costs[0].cost.toFixed(3)}.`}>
        <Suspense fallback={<div className="chart-loading" aria-hidden="true" />}>
          <BatchCostLines costs={costs} />
        </Suspense>
      </div>
    </div>
  );
}
