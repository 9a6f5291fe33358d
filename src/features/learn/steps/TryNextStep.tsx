import { showCard } from '../../../app/a11y/show-card.ts';
import { train } from '../../../client/run-controls.ts';
import { formatCount, formatNumber } from '../../../ui/format.ts';
import { LIMITS } from '../../../nn/config-limits.ts';
import type { TrainConfig } from '../../../nn/types.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { PRESETS } from '../../train/presets.ts';
import { isRunLive } from '../../../protocol/trainer-events.ts';

const BOOK = PRESETS[0].config;

interface Experiment {
  name: string;
  says: string;
  config: TrainConfig;
}

const clampEta = (eta: number) => Math.min(LIMITS.eta.max, Math.max(LIMITS.eta.min, eta));

const quick = { ...BOOK, trainSize: 10_000, epochs: 5 };

/** The experiments, each a change from the book's first network; quick ones on 10,000 images and 5 epochs. */
const EXPERIMENTS: Experiment[] = [
  { name: `Learning rate 100 times too small (η ${formatNumber(clampEta(BOOK.eta / 100))} instead of the book’s ${formatNumber(BOOK.eta)})`, says: 'The cost falls, but very slowly: each step is tiny.', config: { ...quick, eta: clampEta(BOOK.eta / 100) } },
  // 100 times the book's 3 is beyond the slider; cross-entropy learns well at 0.1, so 10 is 100 times too large there.
  { name: 'Learning rate 100 times too large (cross-entropy, η 10 instead of 0.1)', says: 'Steps overshoot: the cost jumps about instead of falling, and the accuracy stays low.', config: { ...quick, cost: 'cross-entropy', eta: 10 } },
  { name: '3Blue1Brown’s network [784, 16, 16, 10]', says: 'Two small hidden layers, as in the video: does it read your digits as well as 30 neurons in one layer?', config: PRESETS.find((p) => p.id === '3b1b')!.config },
  { name: 'Cross-entropy instead of quadratic cost', says: 'A badly wrong output learns fast instead of slowly: compare the first epochs with the book’s network.', config: { ...quick, cost: 'cross-entropy', eta: 0.5 } },
];

/** Step 7: concrete experiments, a button each, and the comparison with a framework. */
export function TryNextStep() {
  const ready = useAppStore((s) => s.load.status === 'ready');
  const live = useAppStore((s) => isRunLive(s.run.status));
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
        {formatNumber(BOOK.eta)}, mini-batches of {BOOK.batchSize}. The quick ones train on {formatCount(quick.trainSize)} images for {quick.epochs}{' '}
        epochs. Each button sets the Train card and starts a run; the settings stay there for you to change further. Draw a digit while it trains and
        watch the bars.
      </p>
      <ul className="experiments">
        {EXPERIMENTS.map((e) => (
          <li key={e.name}>
            <button type="button" onClick={() => void run(e.config)} disabled={!ready || live}>
              {e.name}
            </button>
            <span className="hint">{e.says}</span>
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
