import type { CompareSide } from './sides/compare-api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { formatDuration } from '../../ui/format.ts';
import { SIDE_NAMES } from './compare-state.ts';

/** How far a training side is through the whole run, and roughly how long its training has left. */
export function SideRunProgress({ side }: { side: CompareSide }) {
  const progress = useAppStore((s) => s.compareSides[side].progress);
  const status = useAppStore((s) => s.compareSides[side].status);
  const run = useAppStore((s) => s.compareRun);
  if (status !== 'training' || !run || !progress) return null;
  const total = run.epochs * run.trainSize;
  const trained = progress.epochsDone * run.trainSize + progress.examplesInEpoch;
  // Training time only: scoring the test set after each epoch adds a little.
  const left = progress.examplesPerSecond > 0 ? (total - trained) / progress.examplesPerSecond : null;
  return (
    <div className="compare-side-progress">
      <progress max={total} value={trained} aria-label={`${SIDE_NAMES[side]}: share of the run trained`} />
      <p className="hint numbers">
        Epoch {Math.min(run.epochs, progress.epochsDone + 1)} of {run.epochs}
        {left !== null && ` · ${left < 1 ? 'less than a second' : `about ${formatDuration(left)}`} left`}
      </p>
    </div>
  );
}
