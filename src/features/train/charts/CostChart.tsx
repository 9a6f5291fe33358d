import { Suspense, useMemo } from 'react';
import { lazyWithRetry } from '../../../ui/lazy-with-retry.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { thinCostHistory } from '../cost-history.ts';
import { useThrottledSelector } from '../../../store/use-throttled-selector.ts';
import { BatchCostChart } from './BatchCostChart.tsx';
import { ChartTable } from './ChartTable.tsx';
import { Term } from '../../../ui/Term.tsx';

/** Enough for a smooth line; a 60-epoch run never draws more. */
const MAX_POINTS = 200;
// The chart redraws twice a second while progress arrives ten times a second: the main thread stays free.
const REDRAW_MS = 500;

// The chart library is most of the page's code: it loads once there is a line to draw.
const CostLines = lazyWithRetry(() => import('./CostLines.tsx'));

const selectCostHistory = (s: ReturnType<typeof useAppStore.getState>) => s.costHistory;

// The table lists about 20 points, not the 200 the line draws: enough to read the trend aloud.
const everyTenth = <T,>(points: T[]) => points.filter((_, i) => i % 10 === 0 || i === points.length - 1);

/** Mean training cost against (fractional) epochs, thinned and smoothed. */
export function CostChart() {
  const history = useThrottledSelector(selectCostHistory, REDRAW_MS);
  const epochs = useAppStore((s) => s.run.config?.epochs ?? 1);
  const cost = useAppStore((s) => s.run.config?.cost);
  const data = useMemo(() => thinCostHistory(history, MAX_POINTS), [history]);

  return (
    <figure className="chart">
      <figcaption>
        <strong>Training cost</strong> ({cost ?? 'none yet'}): how wrong the network is on the images it trains on. Training pushes it down. <Term id="cost" icon />
      </figcaption>
      {data.length === 0 ? (
        <p className="chart-empty">The cost appears here once training starts.</p>
      ) : (
        <div role="img" aria-label={`Training cost chart. At epoch ${data.at(-1)!.epoch.toFixed(1)}: cost ${data.at(-1)!.cost.toFixed(3)}, from ${data[0].cost.toFixed(3)} at the start.`}>
          <Suspense fallback={<div className="chart-loading" aria-hidden="true" />}>
            <CostLines data={data} epochs={epochs} />
          </Suspense>
        </div>
      )}
      {data.length > 0 && (
        <ChartTable
          summary="Cost as a table"
          caption="Training cost, by epoch"
          columns={['Epoch', 'Cost']}
          rows={everyTenth(data).map((d) => [d.epoch.toFixed(2), d.cost.toFixed(4)])}
        />
      )}
      <BatchCostChart />
    </figure>
  );
}
