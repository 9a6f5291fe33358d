import { useAppStore } from '../../store/app-store.ts';
import { compareVerdict, sideSummary } from './compare-verdict.ts';

/** The verdict once the run ended, and a live summary read out at each epoch's end. */
export function CompareSummary() {
  const sides = useAppStore((s) => s.compareSides);
  const run = useAppStore((s) => s.compareRun);
  if (!run) return null;
  const verdict = compareVerdict(sides.ours.epochs, sides.framework.epochs, run);
  const ended = Object.values(sides).every((side) => side.status === 'done' || side.status === 'stopped' || side.status === 'error');
  // Progress events (several a second) never change these words: only epochs and states do.
  const live = [sideSummary('ours', sides.ours, run.epochs), sideSummary('framework', sides.framework, run.epochs), ended ? verdict : null].filter(Boolean).join(' ');
  return (
    <>
      {ended && verdict && <p className="compare-verdict">{verdict}</p>}
      <p className="visually-hidden" role="status">
        {live}
      </p>
    </>
  );
}
