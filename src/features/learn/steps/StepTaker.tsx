import { LEARNING_RATE_SLIDER } from '../../train/settings/LearningRateControl.tsx';
import { RangeControl } from '../../../ui/RangeControl.tsx';
import { formatNumber } from '../../../ui/format.ts';
import { useAppStore } from '../../../store/app-store.ts';
import type { Lesson } from '../../../worker/learn-api.ts';
import { backToBase, takeOneStep } from '../learn-client.ts';
import { precise } from '../learn-format.ts';
import { OutputList } from '../OutputList.tsx';
import { Term } from '../../../ui/Term.tsx';
import { argmax } from '../../../nn/evaluate.ts';
import { CostLandscape } from './CostLandscape.tsx';

/** The learning-rate slider, "Take one step" on a copy, the cost and the outputs before and after, and the way back. */
export function StepTaker({ lesson }: { lesson: Lesson }) {
  const eta = useAppStore((s) => s.learn.eta);
  const lastStep = useAppStore((s) => s.learn.lastStep);
  const on = useAppStore((s) => s.learn.on);
  const setLearn = useAppStore((s) => s.setLearn);
  const label = useAppStore((s) => s.learn.label);
  const softmax = lesson.cost === 'log-likelihood';
  return (
    <div className="step-taker">
      <RangeControl
        label="Learning rate η for the step"
        value={eta}
        {...LEARNING_RATE_SLIDER}
        typed={false}
        valueText={formatNumber(eta)}
        onChange={(next) => setLearn({ eta: next })}
        hint={
          <>
            The <Term id="learning-rate" />: every weight w becomes w − η × its gradient, against the gradient, downhill. The book’s η 3 is for
            mini-batches of 10; on one drawing alone, 3 can overshoot.
          </>
        }
      />
      <div className="learn-buttons">
        <button type="button" className="primary" onClick={() => void takeOneStep()}>
          Take one step
        </button>
        <button type="button" onClick={() => void backToBase()} disabled={on === 'base'}>
          Undo the steps
        </button>
      </div>
      <p className="step-result" role="status">
        {lastStep ? (
          <>
            Cost of this drawing: <strong className="numbers">{precise(lastStep.startCost)} → {precise(lastStep.after.cost)}</strong>
            {' '}after {lastStep.copySteps} step{lastStep.copySteps === 1 ? '' : 's'} on a copy of the network (the network it was copied from is not changed)
            {lastStep.copySteps > 1 && (
              <>
                ; the last step took it from <span className="numbers">{precise(lastStep.before.cost)}</span>
              </>
            )}
            .{' '}
            {lastStep.rightAfter === 0
              ? `Its answer was ${label} already before the first step.`
              : lastStep.rightAfter
                ? `Its answer became ${label} after ${lastStep.rightAfter} step${lastStep.rightAfter === 1 ? '' : 's'}.`
                : `Its answer is ${argmax(lastStep.after.outputs)}, not ${label} yet.`}
          </>
        ) : (
          'The step is taken on a copy of the network: the network it is copied from is not changed.'
        )}
      </p>
      <CostLandscape />
      {lastStep && (
        <div className="step-compare">
          <figure>
            <figcaption>Outputs before the last step</figcaption>
            <OutputList outputs={lastStep.before.outputs} softmax={softmax} label="Outputs before the step" />
          </figure>
          <figure>
            <figcaption>After it</figcaption>
            <OutputList outputs={lastStep.after.outputs} softmax={softmax} label="Outputs after the step" />
          </figure>
        </div>
      )}
      {lastStep && lastStep.copySteps > 1 && (
        <p className="hint">
          Step after step, the copy learns this one drawing: its cost falls towards 0, while the other digits it has not been shown are not helped. An
          output stuck near 0 or 1 moves slowly: the sigmoid is flat there, so with the quadratic cost its δ is tiny (the book’s “learning slowdown”,
          chapter 3).
        </p>
      )}
    </div>
  );
}
