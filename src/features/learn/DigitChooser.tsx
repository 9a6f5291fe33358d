import { useAppStore } from '../../store/app-store.ts';

/** "What digit did you draw?": ten buttons; the chosen one is pressed. */
export function DigitChooser() {
  const label = useAppStore((s) => s.learn.label);
  const setLearn = useAppStore((s) => s.setLearn);
  return (
    <div className="digit-chooser" role="group" aria-label="What digit did you draw?">
      <span className="digit-chooser-label" aria-hidden="true">
        What digit did you draw?
      </span>
      {Array.from({ length: 10 }, (_, digit) => (
        <button key={digit} type="button" aria-pressed={label === digit} onClick={() => setLearn({ label: digit, lastStep: null })}>
          {digit}
        </button>
      ))}
    </div>
  );
}
