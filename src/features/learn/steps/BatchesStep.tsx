import { BOOK_TEST_IMAGES } from '../../../nn/book-moments.ts';
import { momentPercent } from '../learn-format.ts';
import { DARKNESS_BASELINE_ON_TEST } from '../../../nn/darkness-baseline.ts';
import { isRunLive } from '../../../protocol/trainer-events.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { formatCount, formatPercent } from '../../../ui/format.ts';
import { Term } from '../../../ui/Term.tsx';
import { LearnMore } from '../LearnMore.tsx';
import { watchRun } from '../watch-run.ts';


/** Step 9: from one drawing to 50,000: mini-batches, epochs, the average gradient; how good is good; then a run to watch. */
export function BatchesStep() {
  const config = useAppStore((s) => s.config);
  const ready = useAppStore((s) => s.load.status === 'ready');
  const live = useAppStore((s) => isRunLive(s.run.status));
  const steps = Math.ceil(config.trainSize / config.batchSize);
  return (
    <>
      <p>
        Teaching the network one drawing would make it good at that drawing only. Training takes the same step for the 50,000 MNIST training
        images, a <Term id="mini-batch" /> of {config.batchSize} at a time: one step against their <strong>average</strong> gradient. One pass over the
        training images is an <Term id="epoch" />: {formatCount(steps)} steps with the Train card’s settings. This is <Term id="sgd" />.
      </p>
      <LearnMore summary="Why mini-batches, and how the accuracy is measured">
        <ul className="learn-points">
          <li>
            Each image’s gradient points uphill for that image’s cost; the average of a few points roughly uphill for all of them, for a fraction of the
            work of computing it on all of them.
          </li>
          <li>
            The order is shuffled for each epoch; {config.epochs} epochs make {formatCount(steps * config.epochs)} steps.
          </li>
          <li>
            After each epoch the network is measured on images it never trains on (the <Term id="validation-test" />), so its accuracy says how well it
            reads new handwriting, like yours.
          </li>
        </ul>
      </LearnMore>
      <p>
        How good is good? Guessing at random is right 10% of the time (the untrained network: {momentPercent('untrained')}). Guessing by how
        dark the image is: right {formatCount(Math.round(DARKNESS_BASELINE_ON_TEST * BOOK_TEST_IMAGES))} times: {formatPercent(DARKNESS_BASELINE_ON_TEST)} of the
        time. The book’s network after 30 epochs: <strong>{momentPercent('epoch-30')}</strong>. That is what it learned, not luck.
      </p>
      <LearnMore summary="The darkness guess">
        <p>
          Nielsen’s “how dark is it” rule learns each digit’s average darkness (its ink added up) from the 50,000 training images, then answers the digit
          whose average is closest to the image’s. It learns nothing of shapes. Measured here on the same 10,000 test images as the book, with the same
          result.
        </p>
      </LearnMore>
      <p>Watch a run: at about three mini-batches a second, the network view, the hidden features and your drawing’s bars change at every step.</p>
      <div className="learn-buttons">
        <button type="button" className="primary" onClick={() => void watchRun()} disabled={!ready || live}>
          Watch a run in slow motion
        </button>
      </div>
      <p className="hint">It uses the Train card’s settings; Full speed there finishes it quickly.</p>
      {!ready && <p className="hint">Available once the MNIST images have loaded.</p>}
      {live && <p className="hint">A run is in progress: watch it in the Train card.</p>}
    </>
  );
}
