import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BatchCost } from '../train-speed-slice.ts';
import { formatCount } from '../../../ui/format.ts';
import { AXIS_TICK, TOOLTIP_STYLE } from '../../../ui/chart-theme.ts';

/** The mini-batch costs' line (recharts), loaded apart from BatchCostChart's frame, as the other charts are. */
export default function BatchCostLines({ costs }: { costs: BatchCost[] }) {
  return (
    <LineChart accessibilityLayer={false} responsive style={{ width: '100%', height: 160 }} data={costs} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
      <XAxis dataKey="examples" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} interval="preserveStartEnd" minTickGap={16} fontSize={12} tick={AXIS_TICK} label={{ value: 'images', position: 'insideBottomRight', offset: -2, fontSize: 12, fill: 'var(--chart-axis)' }} />
      <YAxis domain={[0, 'auto']} fontSize={12} tick={AXIS_TICK} width={48} tickFormatter={(v: number) => v.toFixed(2)} />
      <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(value) => [Number(value).toFixed(4), 'mini-batch cost']} labelFormatter={(label) => `after ${formatCount(Number(label))} images`} />
      <Line type="linear" dataKey="cost" stroke="var(--chart-cost)" strokeWidth={1.5} dot={{ r: 2.5 }} isAnimationActive={false} />
    </LineChart>
  );
}
