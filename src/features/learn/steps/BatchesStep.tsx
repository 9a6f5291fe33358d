import { DARKNESS_BASELINE_ON_TEST } from '../../../nn/darkness-baseline.ts';
import { formatCount, formatPercent } from '../../../ui/format.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { Term } from '../../../ui/Term.tsx';
import { watchRun } from '../watch-run.ts';
import { isRunLive } from '../../../protocol/trainer-events.ts';

/** Step 6: from one drawing to 50,000: mini-batches, epochs, the average gradient; then a run to watch. */
export function BatchesStep() {
  const config = useAppStore((s) => s.config);
  const ready = useAppStore((s) => s.load.status === 'ready');
  const live = useAppStore((s) => isRunLive(s.run.status));
  const steps = Math.ceil(config.trainSize / config.batchSize);
  return (
    <>
      <p>
        Teaching the network one drawing would make it good at that drawing only. Training does the same step on the 50,000 MNIST training images instead, but not one by one and not all at once.
      </p>
      <ul className="learn-points">
        <li>
          A <Term id="mini-batch" /> of {config.batchSize} random images is run forward, each image’s gradient is found by backpropagation, and the weights
          take one step against their <strong>average</strong>. Each image’s gradient points uphill for that image’s cost; the average of a few points
          roughly uphill for all 50,000, for a fraction of the work of computing it on all of them.
        </li>
        <li>
          An <Term id="epoch" /> is one pass over all {formatCount(config.trainSize)} training images: {formatCount(steps)} steps with these settings. The
          order is shuffled for each epoch; {config.epochs} epochs make {formatCount(steps * config.epochs)} steps.
        </li>
        <li>
          This is <Term id="sgd" />. After each epoch the network is measured on images it never trains on (the <Term id="validation-test" />), so its
          accuracy says how well it reads new handwriting, like yours.
        </li>
      </ul>
      <p>
        How good is good? Guessing at random is right 10% of the time. A guess with no learning of shapes does a little better: Nielsen’s “how dark is
        it” rule learns each digit’s average darkness (its ink added up) from the 50,000 training images, then answers the digit whose average is closest
        to the image’s. On the 10,000 test images it is right {formatCount(Math.round(DARKNESS_BASELINE_ON_TEST * 10_000))} times:{' '}
        <strong>{formatPercent(DARKNESS_BASELINE_ON_TEST)}</strong> of the time, measured here on the same images as the book, with the same result. The book’s network, [784, 30, 10], is right about 95% of the time after 30 epochs, so that 95% is what the network learned, not luck.
      </p>
      <p>
        Watch a run: it trains about three mini-batches a second, so the network view, the hidden features and the bars of your drawing change at every
        step, and each mini-batch's cost is drawn as it is computed. The settings used are those of the Train card; choose Full speed there to finish
        the run quickly, or Step to take one mini-batch at a time.
      </p>
      <div className="learn-buttons">
        <button type="button" className="primary" onClick={() => void watchRun()} disabled={!ready || live}>
          Watch a run in slow motion
        </button>
      </div>
      {!ready && <p className="hint">Available once the MNIST images have loaded.</p>}
      {live && <p className="hint">A run is in progress: watch it in the Train card.</p>}
    </>
  );
}
