import { useEffect } from 'react';
import { showCard } from '../../../ui/show-card.ts';
import { train } from '../../../client/run-controls.ts';
import type { TrainConfig } from '../../../nn/types.ts';
import { isRunLive } from '../../../protocol/trainer-events.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { formatCount, formatNumber } from '../../../ui/format.ts';
import { describeResult } from './experiment-result.ts';
import { BOOK, EXPERIMENTS, experimentOf, QUICK } from './experiments.ts';

/** Keeps the result of the run in the Train card when it is one of the experiments, so it comes back into the path. */
function useExperimentResults(): void {
  const run = useAppStore((s) => s.run);
  const epochs = useAppStore((s) => s.epochs);
  useEffect(() => {
    const experiment = experimentOf(run.config);
    if (!experiment || run.purpose === 'fine-tune' || run.status === 'idle') return;
    const { learn, setLearn } = useAppStore.getState();
    const result = { status: run.status, epochs: run.config!.epochs, accuracies: epochs.map((e) => e.test.accuracy), message: run.message };
    setLearn({ experiments: { ...learn.experiments, [experiment.id]: result } });
  }, [run, epochs]);
}

/** Step 10: concrete experiments, a button each, their results once run, and the comparison with a framework. */
export function TryNextStep() {
  const ready = useAppStore((s) => s.load.status === 'ready');
  const live = useAppStore((s) => isRunLive(s.run.status));
  const results = useAppStore((s) => s.learn.experiments);
  useExperimentResults();
  // The pressed button disables itself as the run starts: focus goes with the person to the run
  // they started (its Pause), not to whatever button happens to follow in the list.
  const run = async (config: TrainConfig) => {
    useAppStore.getState().setConfig(config);
    await train();
    const card = await showCard('train');
    card?.querySelector<HTMLElement>('.run-controls .buttons button:not([disabled])')?.focus({ preventScroll: true });
  };
  const openComparison = async () => {
    const card = await showCard('compare');
    card?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  };
  return (
    <>
      <p>
        Each experiment changes one thing in the book’s first network: [{BOOK.layers.join(', ')}], {BOOK.activation} neurons, {BOOK.cost} cost, η{' '}
        {formatNumber(BOOK.eta)}, mini-batches of {BOOK.batchSize}. The quick ones train on {formatCount(QUICK.trainSize)} images for {QUICK.epochs}{' '}
        epochs. Each button sets the Train card and starts a run; its result comes back here.
      </p>
      <ul className="experiments">
        {EXPERIMENTS.map((e) => (
          <li key={e.id}>
            <button type="button" onClick={() => void run(e.config)} disabled={!ready || live}>
              {e.name}
            </button>
            <span className="hint">{e.says}</span>
            {results[e.id] && (
              <span className="experiment-result" role="status">
                {describeResult(e, results[e.id], results['book-quick'])}
              </span>
            )}
          </li>
        ))}
        <li>
          <button type="button" onClick={openComparison}>
            Compare with a framework
          </button>
          <span className="hint">The same network trained by this app’s own code and by TensorFlow.js, side by side (the “Manual vs framework” card).</span>
        </li>
      </ul>
      {!ready && <p className="hint">The training experiments are available once the MNIST images have loaded.</p>}
      {live && <p className="hint">A run is in progress: stop it in the Train card to start another.</p>}
    </>
  );
}
