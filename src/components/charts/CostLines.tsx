import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { thinCostHistory } from '../../store/cost-history.ts';

/** The cost line itself (recharts), loaded apart from CostChart's frame: see CostChart. */
export default function CostLines({ data, epochs }: { data: ReturnType<typeof thinCostHistory>; epochs: number }) {
  return (
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
  );
}
