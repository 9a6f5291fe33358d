import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { SideEpoch } from './sides/compare-api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { AXIS_TICK, TOOLTIP_STYLE } from '../../ui/chart-theme.ts';

/** The two sides' colours from the theme (theme.css; also their swatches in compare.css). */
const OURS = 'var(--ours)';
const FRAMEWORK = 'var(--framework)';

interface EpochRow {
  epoch: number;
  oursAccuracy?: number;
  frameworkAccuracy?: number;
  oursCost?: number;
  frameworkCost?: number;
}

/** Both sides' epochs as one row per epoch, accuracy in percent. */
function mergeEpochs(ours: SideEpoch[], framework: SideEpoch[]): EpochRow[] {
  const rows = new Map<number, EpochRow>();
  const row = (epoch: number) => rows.get(epoch) ?? rows.set(epoch, { epoch }).get(epoch)!;
  for (const e of ours) Object.assign(row(e.epoch), { oursAccuracy: e.testAccuracy * 100, oursCost: e.testCost });
  for (const e of framework) Object.assign(row(e.epoch), { frameworkAccuracy: e.testAccuracy * 100, frameworkCost: e.testCost });
  return [...rows.values()].sort((a, b) => a.epoch - b.epoch);
}

const percent = (v: number | undefined) => (v === undefined ? 'not yet' : `${v.toFixed(1)}%`);

/** The chart in one sentence, for screen readers: where both sides stand after the last epoch. */
const chartSummary = (last: EpochRow) =>
  `Comparison chart. After epoch ${last.epoch}: test accuracy ours ${percent(last.oursAccuracy)}, TF.js ${percent(last.frameworkAccuracy)}.`;

/** Test accuracy (solid, left axis) and test cost (dashed, right axis) of both sides after each epoch. */
export function CompareChart() {
  const ours = useAppStore((s) => s.compareSides.ours.epochs);
  const framework = useAppStore((s) => s.compareSides.framework.epochs);
  const totalEpochs = useAppStore((s) => s.compareRun?.epochs ?? 1);
  const convolutional = useAppStore((s) => s.compareRun?.model !== undefined);
  const data = useMemo(() => mergeEpochs(ours, framework), [ours, framework]);
  const lowest = Math.min(100, ...data.flatMap((d) => [d.oursAccuracy ?? 100, d.frameworkAccuracy ?? 100]));
  // Round gridlines from just below the lowest accuracy: 10-point steps, 20 when the range is wide.
  const step = lowest < 40 ? 20 : 10;
  const floor = Math.max(0, Math.floor((lowest - 1) / step) * step);
  const ticks = Array.from({ length: Math.round((100 - floor) / step) + 1 }, (_, i) => floor + i * step);

  return (
    <figure className="chart compare-chart" aria-label="Test accuracy and cost of both sides">
      <figcaption>
        <strong>Test accuracy</strong> (solid, left) and <strong>test cost</strong> (dashed, right:{' '}
        {convolutional ? 'the log-likelihood cost both sides train with' : 'the book’s quadratic cost, whatever the side trains with'}) on the 10,000 test images, after each epoch.
      </figcaption>
      {data.length === 0 ? (
        <p className="chart-empty">Both sides’ curves appear here at the end of their first epoch.</p>
      ) : (
        <div role="img" aria-label={chartSummary(data.at(-1)!)}>
          <ComposedChart accessibilityLayer={false} responsive style={{ width: '100%', height: 260 }} data={data} margin={{ top: 8, right: 0, bottom: 4, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
            <XAxis dataKey="epoch" type="number" domain={[0, totalEpochs]} allowDecimals={false} fontSize={12} tick={AXIS_TICK} />
            <YAxis yAxisId="accuracy" domain={[floor, 100]} ticks={ticks} fontSize={12} tick={AXIS_TICK} width={48} tickFormatter={(v: number) => `${v}%`} />
            <YAxis yAxisId="cost" orientation="right" domain={[0, 'auto']} fontSize={12} tick={AXIS_TICK} width={44} tickFormatter={(v: number) => v.toFixed(2)} />
            <Tooltip
              contentStyle={TOOLTIP_STYLE}
              formatter={(value, name) => [String(name).endsWith('accuracy') ? `${Number(value).toFixed(2)}%` : Number(value).toFixed(4), name]}
              labelFormatter={(label) => `after epoch ${label}`}
            />
            <Legend verticalAlign="top" height={28} iconType="plainline" itemSorter={null} wrapperStyle={{ fontSize: 12 }} />
            <Line className="compare-accuracy" yAxisId="accuracy" dataKey="oursAccuracy" name="ours accuracy" stroke={OURS} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
            <Line className="compare-accuracy" yAxisId="accuracy" dataKey="frameworkAccuracy" name="TF.js accuracy" stroke={FRAMEWORK} strokeWidth={2} dot={{ r: 2 }} connectNulls isAnimationActive={false} />
            <Line className="compare-cost" yAxisId="cost" dataKey="oursCost" name="ours cost" stroke={OURS} strokeWidth={1.5} strokeDasharray="5 4" dot={false} connectNulls isAnimationActive={false} />
            <Line className="compare-cost" yAxisId="cost" dataKey="frameworkCost" name="TF.js cost" stroke={FRAMEWORK} strokeWidth={1.5} strokeDasharray="5 4" dot={false} connectNulls isAnimationActive={false} />
          </ComposedChart>
        </div>
      )}
    </figure>
  );
}
