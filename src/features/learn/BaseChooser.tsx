import { useId } from 'react';
import { BOOK_MOMENTS, BOOK_TEST_IMAGES } from '../../nn/book-moments.ts';
import { useAppStore } from '../../store/app-store.ts';
import { convModelInUse } from '../../store/model-identity.ts';
import { DenseOnlyNote } from '../../ui/DenseOnlyNote.tsx';
import { formatCount } from '../../ui/format.ts';
import type { LessonBase } from '../../worker/learn-api.ts';
import { chooseBase } from './learn-client.ts';
import { UseDenseReadyButton } from '../models/UseDenseReadyButton.tsx';
import { momentPercent } from './learn-format.ts';


/**
 * Which network the path works on: the book's first network at one moment of its training (early
 * ones get drawings wrong, so a step has something to learn), or the model the page is using.
 */
export function BaseChooser() {
  const id = useId();
  const base = useAppStore((s) => s.learn.base);
  const moment = BOOK_MOMENTS.find((m) => m.id === base);
  const conv = useAppStore(convModelInUse);
  return (
    <div className="learn-chooser learn-base">
      <label htmlFor={id}>The path works on</label>
      <select id={id} value={base} onChange={(event) => void chooseBase(event.target.value as LessonBase)}>
        {BOOK_MOMENTS.map((m) => (
          <option key={m.id} value={m.id}>
            the book’s network, {m.name}
          </option>
        ))}
        <option value="model">the model in use on this page</option>
      </select>
      <span className="hint">
        {moment
          ? `Nielsen’s first network, trained by this app’s own code with a fixed seed; ${moment.batches ? `${formatCount(moment.batches)} mini-batches of 10 images` : 'no training yet'}: it reads ${momentPercent(moment.id)} of the ${formatCount(BOOK_TEST_IMAGES)} test digits right.`
          : 'The network that reads your drawing on the page, when it is fully connected (one you trained or loaded, or the fully connected ready model): a trained one already reads most drawings right, so a step has little to learn.'}
      </span>
      {!moment && conv && <DenseOnlyNote view="The guided path" instead="Choose the book’s network above to follow it, or:" action={<UseDenseReadyButton />} />}
    </div>
  );
}
