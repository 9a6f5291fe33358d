import { Suspense, useMemo } from 'react';
import { lazyWithRetry } from '../../../ui/lazy-with-retry.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { matchingPreset } from '../presets.ts';
import { Term } from '../../../ui/Term.tsx';
import { formatPercent } from '../../../ui/format.ts';
import { ChartTable } from './ChartTable.tsx';

// The chart library loads once there is a point to draw (see CostChart).
const AccuracyLines = lazyWithRetry(() => import('./AccuracyLines.tsx'));

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
          <Suspense fallback={<div className="chart-loading" aria-hidden="true" />}>
            <AccuracyLines data={data} epochs={runConfig?.epochs ?? 1} floor={floor} ticks={ticks} book={book} bookTag={reference?.tag ?? 'book'} />
          </Suspense>
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
