import { analyseTestSet } from './inside-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { DigitAccuracy } from './DigitAccuracy.tsx';
import { ExampleGrid } from './ExampleGrid.tsx';
import { isRunLive } from '../../protocol/trainer-events.ts';
import { formatCount } from '../../ui/format.ts';

/** Where the network errs on the 10,000 test images: per-digit accuracy, the confusion matrix, its mistakes. */
export function ErrorsView() {
  const errors = useAppStore((s) => s.errorAnalysis);
  const ready = useAppStore((s) => s.load.status === 'ready');
  const running = useAppStore((s) => isRunLive(s.run.status));
  const { report, cell, cellExamples } = errors;
  return (
    <div className="errors-view">
      <div className="errors-head">
        <button type="button" className="primary" disabled={!ready || errors.analysing} onClick={analyseTestSet}>
          Analyse test set
        </button>
        <p aria-live="polite" aria-busy={errors.analysing}>
          {errors.analysing
            ? 'Running the network over the 10,000 test images…'
            : report
              ? `${(report.accuracy * 100).toFixed(2)}% of ${formatCount(report.total)} test images right (${formatCount(report.correct)}), for ${errors.madeFor}.`
              : ready
                ? 'Analysed after each run; or now, for the network as it is.'
                : 'The test images are still loading.'}
        </p>
      </div>
      {running && report && !errors.analysing && (
        <p className="inside-hint">A run is changing the weights: this report is of the network named above, and the new one is analysed when the run ends (or press Analyse test set).</p>
      )}
      {report && (
        <>
          <h3>Accuracy per digit</h3>
          <p className="inside-hint">Bars run from 50% (empty) to 100% (full); the weakest digit is marked.</p>
          <DigitAccuracy report={report} />
          <ConfusionMatrix report={report} />
          {cell && (
            <section aria-label="Images of the chosen cell">
              <h3>
                True {cell.label}, read as {cell.predicted}
                {cellExamples && cellExamples.total > cellExamples.examples.length && ` (most confident ${cellExamples.examples.length} of ${cellExamples.total})`}
              </h3>
              {cellExamples ? <ExampleGrid list={cellExamples} label={`Test images: true ${cell.label}, read as ${cell.predicted}`} /> : <p className="inside-hint">Loading…</p>}
            </section>
          )}
          <h3>
            Misclassified, most confident first ({Math.min(report.mistakes.examples.length, report.mistakes.total)} of {formatCount(report.mistakes.total)})
          </h3>
          <p className="inside-hint">Each shows true→read and the probability the network gave its answer. Choose one to see it go through the network.</p>
          <ExampleGrid list={report.mistakes} label="Misclassified test images" />
        </>
      )}
    </div>
  );
}
