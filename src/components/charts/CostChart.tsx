import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useAppStore } from '../../store/app-store.ts';
import { thinCostHistory } from '../../store/cost-history.ts';
import { useThrottledSelector } from '../../store/use-throttled-selector.ts';
import { Term } from '../../learn/Term.tsx';

/** Enough for a smooth line; a 60-epoch run never draws more. */
const MAX_POINTS = 200;
// The chart redraws twice a second while progress arrives ten times a second: the main thread stays free.
const REDRAW_MS = 500;

const selectCostHistory = (s: ReturnType<typeof useAppStore.getState>) => s.costHistory;

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
        <LineChart responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="epoch" type="number" domain={[0, epochs]} allowDecimals={false} tickCount={Math.min(epochs, 10) + 1} fontSize={12} label={{ value: 'epoch', position: 'insideBottomRight', offset: -2, fontSize: 12 }} />
          <YAxis domain={[0, 'auto']} fontSize={12} width={48} tickFormatter={(v: number) => v.toFixed(2)} />
          <Tooltip
            formatter={(value) => [Number(value).toFixed(4), 'cost']}
            labelFormatter={(label) => `epoch ${Number(label).toFixed(2)}`}
          />
          <Line type="linear" dataKey="cost" stroke="#4f46e5" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      )}
    </figure>
  );
}
