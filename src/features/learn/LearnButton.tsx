import './learn-base.css';
import { useAppStore } from '../../store/app-store.ts';
import { LEARN_BUTTON_ID } from './learn-ids.ts';
import { rememberedStep } from './learn-memory.ts';
import { LEARN_STEP_COUNT } from './steps/step-order.ts';

/** "How does it work?": opens the guided path where the person left it. */
export function LearnButton() {
  const open = useAppStore((s) => s.learn.open);
  const openLearn = useAppStore((s) => s.openLearn);
  const resume = rememberedStep();
  return (
    <button id={LEARN_BUTTON_ID} type="button" className="learn-open" aria-expanded={open} onClick={() => openLearn(open ? useAppStore.getState().learn.step : resume)}>
      How does it work?
      {!open && resume > 0 && <span className="learn-resume"> (go on at step {resume + 1} of {LEARN_STEP_COUNT})</span>}
    </button>
  );
}
