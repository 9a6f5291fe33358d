import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/app-store.ts';
import { BaseChooser } from './BaseChooser.tsx';
import { backToBase } from './learn-client.ts';
import { LEARN_BUTTON_ID } from './learn-ids.ts';
import { rememberStep } from './learn-memory.ts';
import { LEARN_STEP_COUNT } from './steps/step-order.ts';
import { worksOnANetwork } from './steps/step-order.ts';
import { STEPS } from './steps/steps.ts';
import { useLesson } from './use-lesson.ts';
import './learn.css';

/**
 * The guided path "How it works": short steps on the book's first network (or the model in use)
 * and the person's own drawing, with Back and Next, "Step n of N", and Escape or Close to
 * leave. The step is remembered.
 */
export default function LearnPath() {
  const step = useAppStore((s) => s.learn.step);
  const on = useAppStore((s) => s.learn.on);
  const { setLearnStep, closeLearn } = useAppStore.getState();
  const lesson = useLesson();
  const cardRef = useRef<HTMLElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const { title, View } = STEPS[step];

  useEffect(() => rememberStep(step), [step]);
  // Opened: the path comes into view and takes the focus, so the keyboard and screen readers go on there.
  useEffect(() => {
    cardRef.current?.scrollIntoView({ block: 'nearest' });
    titleRef.current?.focus({ preventScroll: true });
  }, []);

  const close = () => {
    closeLearn();
    document.getElementById(LEARN_BUTTON_ID)?.focus();
  };
  // The pad may have scrolled away (on a phone it is above the path): take the person there.
  const goToPad = () => {
    const pad = document.querySelector<HTMLElement>('.draw-card canvas');
    pad?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    // The pad takes no keyboard focus: the sample digits beside it are the keyboard's way to draw.
    document.querySelector<HTMLElement>('.draw-card .sample')?.focus({ preventScroll: true });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Handled: the pad's Escape shortcut (clear the drawing) skips handled keys.
    event.preventDefault();
    close();
  };

  return (
    <section ref={cardRef} className="card learn-card" aria-labelledby="learn-title" onKeyDown={onKeyDown}>
      <div className="card-head">
        <h2 id="learn-title" ref={titleRef} tabIndex={-1}>
          How it works
        </h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      <nav className="learn-nav" aria-label="Steps">
        {/* aria-disabled, not disabled: the focus stays on the button at the first and last step. */}
        <button type="button" onClick={() => setLearnStep(step - 1)} aria-disabled={step === 0}>
          Back
        </button>
        <p className="learn-progress" aria-live="polite">
          <span>
            Step {step + 1} of {LEARN_STEP_COUNT}
          </span>
          <span className="visually-hidden">: {title}</span>
        </p>
        <button type="button" className="primary" onClick={() => setLearnStep(step + 1)} aria-disabled={step === LEARN_STEP_COUNT - 1}>
          Next
        </button>
      </nav>
      <progress className="learn-bar" max={LEARN_STEP_COUNT} value={step + 1} aria-hidden="true" />
      {worksOnANetwork(step) && <BaseChooser />}
      {worksOnANetwork(step) && on === 'copy' && lesson?.on === 'copy' && (
        <p className="learn-copy-note" role="note">
          Showing the copy after {lesson.copySteps} learning step{lesson.copySteps === 1 ? '' : 's'}; the network it was copied from is unchanged.{' '}
          <button type="button" onClick={() => void backToBase()}>
            Undo the steps
          </button>
        </p>
      )}
      <div className="learn-step-head">
        <h3 className="learn-step-title">{title}</h3>
        <button type="button" className="learn-to-pad" onClick={goToPad}>
          Change the drawing
        </button>
      </div>
      <div className="learn-step">
        <View lesson={lesson} />
      </div>
    </section>
  );
}
