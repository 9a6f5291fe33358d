import { useAppStore } from '../../store/app-store.ts';
import { formatCount, formatDuration, formatNumber, formatPercent } from '../../ui/format.ts';

/** The current epoch's progress bar with speed and time left, or the run's summary once it ended. */
export function RunProgress() {
  const run = useAppStore((s) => s.run);
  const progress = useAppStore((s) => s.progress);
  const epochs = useAppStore((s) => s.epochs);
  const watching = useAppStore((s) => s.trainSpeed === 'watch');
  if (!run.config) return null;
  const total = run.config.epochs;

  if (run.status === 'diverged') {
    return (
      <p className="run-summary warn" role="alert">
        Stopped: {run.message}
      </p>
    );
  }
  if (run.status === 'done' || run.status === 'stopped') {
    const best = epochs.reduce<(typeof epochs)[number] | null>((b, e) => (!b || e.test.accuracy > b.test.accuracy ? e : b), null);
    return (
      <p className="run-summary" role="status">
        {run.status === 'done' ? `Finished in ${formatDuration(run.seconds)}.` : `Stopped in ${formatDuration(run.seconds)}, after epoch ${epochs.length} of ${total}.`}{' '}
        {/* Why it stopped, when it was not the person's Stop (a reload, a lost worker). */}
        {run.status === 'stopped' && run.message && `${run.message} `}
        {best ? (
          <>
            Best test accuracy: <strong>{formatPercent(best.test.accuracy)}</strong> after epoch {best.epoch}
            {run.status === 'done' ? ` of ${epochs.length}` : ''}.
          </>
        ) : (
          `${formatCount(progress?.examples ?? 0)} images trained on, before the first epoch ended.`
        )}
      </p>
    );
  }

  const position = progress?.epochPosition ?? 0;
  const size = progress?.epochSize ?? run.config.trainSize;
  const completed = Math.floor(progress?.epoch ?? 0);
  const evaluating = position === size && epochs.length < completed;
  const current = Math.min(total, evaluating ? completed : completed + 1);
  const averageRate = progress && progress.seconds > 0 ? progress.examples / progress.seconds : 0;
  // At Watch speed the time left at that pace would be hours: it says nothing useful.
  const left = averageRate && !watching ? ((total - (progress?.epoch ?? 0)) * size) / averageRate : null;

  return (
    <div className="run-progress">
      <div className="run-progress-head">
        <label htmlFor="epoch-progress">
          {run.status === 'paused' ? 'Paused in epoch' : 'Epoch'} {current} of {total}
        </label>
        <span className="numbers">
          {formatCount(position)} / {formatCount(size)} images
        </span>
      </div>
      <progress id="epoch-progress" max={size} value={position} />
      <p className="run-progress-foot numbers">
        {evaluating
          ? 'Measuring accuracy on 10,000 validation and 10,000 test images…'
          : progress
            ? `η ${formatNumber(progress.eta)} · ${run.status === 'paused' ? '' : `${formatCount(progress.examplesPerSecond)} images/s · `}${formatCount(progress.examples)} seen${left !== null ? ` · ${left < 1 ? 'less than a second left' : `about ${formatDuration(left)} left`}` : ''}`
            : 'Starting…'}
      </p>
    </div>
  );
}
