import { startTransition, useEffect, useMemo, useState } from 'react';
import type { DrawnDigit } from '../../../drawing/drawn-digits-file.ts';
import { penDigitToStrokes } from '../../../drawing/pen-digits.ts';
import { StrokeThumbnail } from '../../../ui/StrokeThumbnail.tsx';
import { firstModelReady } from '../../../client/prediction.ts';
import { loadPenDigits } from './load-pen-digits.ts';
import { FIRST_SET_SEED, pickSampleSet } from './sample-set.ts';
import { showOnPad } from './show-on-pad.ts';
import './samples.css';
import { messageOf } from '../../../errors/error-message.ts';

const THUMB = 26;

/** A pen-drawn digit, small, as the pad would show it. */
function SampleThumb({ digit }: { digit: DrawnDigit }) {
  const strokes = useMemo(() => penDigitToStrokes(digit.strokes), [digit]);
  return <StrokeThumbnail strokes={strokes} size={THUMB} className="sample-thumb" />;
}

/** Ten real handwritten digits to put on the pad with one press: a way in for keyboards, screen readers and projectors. */
export function SampleDigits() {
  const [all, setAll] = useState<DrawnDigit[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [seed, setSeed] = useState(FIRST_SET_SEED);
  // Counts the Retry presses: each one fetches again.
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // The samples wait for the ready model, so on a slow connection they never delay the first answer.
    firstModelReady()
      .then(loadPenDigits)
      // In a transition: the thumbnails render in slices, never in the way of a drawing's answer.
      .then((digits) => startTransition(() => setAll(digits)), (error: unknown) => setProblem(`The sample digits could not be loaded (${messageOf(error)}). Draw one instead, or try again.`));
  }, [attempt]);

  const retry = () => {
    setProblem(null);
    setAttempt((n) => n + 1);
  };

  const set = all ? pickSampleSet(all, seed) : [];
  return (
    <div className="samples">
      <p className="samples-title phone-visually-hidden" id="samples-title">
        Or try a handwritten one:
      </p>
      {problem ? (
        <p className="hint" role="alert">
          {problem}{' '}
          <button type="button" onClick={retry}>
            Retry
          </button>
        </p>
      ) : (
        <div className="samples-row" role="group" aria-labelledby="samples-title">
          {all
            ? set.map((digit) => (
                <button key={digit.label} type="button" className="sample" aria-label={`Sample digit ${digit.label}`} title={`Sample digit ${digit.label}`} onClick={() => showOnPad(digit)}>
                  <SampleThumb digit={digit} />
                </button>
              ))
            : // Ten places held while they load, so nothing below moves when they arrive.
              Array.from({ length: 10 }, (_, i) => <span key={i} className="sample-placeholder" aria-hidden="true" />)}
          {!all && <span className="visually-hidden">Loading sample digits…</span>}
          <button type="button" className="sample-shuffle" disabled={!all} title="New samples" onClick={() => setSeed((s) => s + 1)}>
            <span aria-hidden="true">↻</span> <span className="shuffle-text phone-visually-hidden">New samples</span>
          </button>
        </div>
      )}
    </div>
  );
}
