import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useAppStore } from '../../store/app-store.ts';
import { formatCount } from '../format.ts';

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
      <LineChart responsive style={{ width: '100%', height: 160 }} data={costs} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="examples" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} interval="preserveStartEnd" minTickGap={16} fontSize={12} label={{ value: 'images', position: 'insideBottomRight', offset: -2, fontSize: 12 }} />
        <YAxis domain={[0, 'auto']} fontSize={12} width={48} tickFormatter={(v: number) => v.toFixed(2)} />
        <Tooltip formatter={(value) => [Number(value).toFixed(4), 'mini-batch cost']} labelFormatter={(label) => `after ${formatCount(Number(label))} images`} />
        <Line type="linear" dataKey="cost" stroke="#0891b2" strokeWidth={1.5} dot={{ r: 2.5 }} isAnimationActive={false} />
      </LineChart>
    </div>
  );
}
