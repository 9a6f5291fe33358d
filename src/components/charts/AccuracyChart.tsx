import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useAppStore } from '../../store/app-store.ts';
import { matchingPreset } from '../../store/presets.ts';
import { Term } from '../../learn/Term.tsx';
import { formatPercent } from '../format.ts';
import { ChartTable } from './ChartTable.tsx';
import { AXIS_TICK, TOOLTIP_STYLE } from './chart-theme.ts';

/** Validation and test accuracy after each epoch, with the book's figure for the run's preset. */
export function AccuracyChart() {
  const epochs = useAppStore((s) => s.epochs);
  const runConfig = useAppStore((s) => s.run.config);
  const preset = runConfig ? matchingPreset(runConfig) : undefined;
  const data = useMemo(
    () => [...epochs.map((e) => ({ epoch: e.epoch, validation: e.validation.accuracy * 100, test: e.test.accuracy * 100 }))],
    [epochs],
  );
  const latest = epochs.at(-1);
  const reference = preset?.reference;
  const book = reference ? reference.accuracy * 100 : null;
  const lowest = Math.min(...data.map((d) => Math.min(d.validation, d.test)), book ?? 100);
  // Gridlines at round percentages: every 2 points near the top, wider when the run starts low.
  const step = lowest > 90 ? 2 : lowest > 70 ? 5 : lowest > 40 ? 10 : 20;
  const floor = Math.max(0, Math.floor((lowest - 0.5) / step) * step);
  const ticks = Array.from({ length: Math.round((100 - floor) / step) + 1 }, (_, i) => floor + i * step);

  return (
    <figure className="chart">
      <figcaption>
        <strong>Accuracy</strong> on 10,000 validation and 10,000 test images the network never trains on, after each epoch <Term id="validation-test" icon />
        {reference && <>; dashed: {reference.long} ({formatPercent(reference.accuracy)})</>}.
      </figcaption>
      {latest && (
        <p className="latest numbers">
          Epoch {latest.epoch}: test accuracy <strong>{formatPercent(latest.test.accuracy)}</strong>, validation {formatPercent(latest.validation.accuracy)}
        </p>
      )}
      {data.length === 0 ? (
        <p className="chart-empty">Accuracy appears here at the end of the first epoch.</p>
      ) : (
        <div role="img" aria-label={`Accuracy chart. After epoch ${latest!.epoch}: test ${formatPercent(latest!.test.accuracy)}, validation ${formatPercent(latest!.validation.accuracy)}.`}>
          <LineChart accessibilityLayer={false} responsive style={{ width: '100%', height: 220 }} data={data} margin={{ top: 8, right: 12, bottom: 4, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" />
            <XAxis dataKey="epoch" type="number" domain={[0, runConfig?.epochs ?? 1]} allowDecimals={false} fontSize={12} tick={AXIS_TICK} />
            <YAxis domain={[floor, 100]} ticks={ticks} fontSize={12} tick={AXIS_TICK} width={48} tickFormatter={(v: number) => `${v}%`} />
            <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(value, name) => [`${Number(value).toFixed(2)}%`, name]} labelFormatter={(label) => `after epoch ${label}`} />
            <Legend verticalAlign="top" height={24} iconType="plainline" wrapperStyle={{ fontSize: 12, color: 'var(--text)' }} />
            {book !== null && (
              <ReferenceLine y={book} stroke="var(--chart-book)" strokeDasharray="6 4" label={{ value: `${reference?.tag} ${book.toFixed(2)}%`, position: 'insideBottomRight', fontSize: 11, fill: 'var(--chart-axis)' }} />
            )}
            <Line type="monotone" dataKey="validation" name="validation" stroke="var(--chart-validation)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
            <Line type="monotone" dataKey="test" name="test" stroke="var(--chart-test)" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} />
          </LineChart>
        </div>
      )}
      {data.length > 0 && (
        <ChartTable
          summary="Accuracy as a table"
          caption="Accuracy after each epoch"
          columns={['Epoch', 'Validation', 'Test']}
          rows={epochs.map((e) => [e.epoch, formatPercent(e.validation.accuracy), formatPercent(e.test.accuracy)])}
        />
      )}
    </figure>
  );
}
