import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { thinCostHistory } from '../cost-history.ts';
import { AXIS_TICK, TOOLTIP_STYLE } from '../../../ui/chart-theme.ts';

/** The cost line itself (recharts), loaded apart from CostChart's frame: see CostChart. */
export default function CostLines({ data, epochs }: { data: ReturnType<typeof thinCostHistory>; epochs: number }) {
  return (
    <LineChart accessibilityLayer={false} responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
      <XAxis dataKey="epoch" type="number" domain={[0, epochs]} allowDecimals={false} tickCount={Math.min(epochs, 10) + 1} fontSize={12} tick={AXIS_TICK} label={{ value: 'epoch', position: 'insideBottomRight', offset: -2, fontSize: 12, fill: 'var(--chart-axis)' }} />
      <YAxis domain={[0, 'auto']} fontSize={12} tick={AXIS_TICK} width={48} tickFormatter={(v: number) => v.toFixed(2)} />
      <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(value) => [Number(value).toFixed(4), 'cost']} labelFormatter={(label) => `epoch ${Number(label).toFixed(2)}`} />
      <Line type="linear" dataKey="cost" stroke="var(--chart-cost)" strokeWidth={2} dot={false} isAnimationActive={false} />
    </LineChart>
  );
}
