import { useId } from 'react';
import { FRAMEWORK_DEFAULTS, MATCHED_TO_BOOK, type FrameworkSettings } from './sides/compare-api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { selectRunning } from './compare-state.ts';

interface ToggleSpec<T extends string> {
  label: string;
  /** What the book does, and what a framework does by default. */
  book: { value: T; label: string };
  framework: { value: T; label: string };
  hint: string;
  /** Where a convolutional network (softmax, log-likelihood, scaled weights) makes the hint another. */
  convHint?: string;
  /** True when a convolutional network computes the same either way: the toggle is then disabled. */
  sameForConv?: boolean;
}

// One entry per FrameworkSettings field: the type makes a new field fail to compile until it has its toggle.
const TOGGLES: { [K in keyof FrameworkSettings]: ToggleSpec<FrameworkSettings[K]> } = {
  costReduction: {
    label: 'Cost reduction',
    book: { value: 'book-sum', label: 'Book' },
    framework: { value: 'framework-mean', label: 'Framework' },
    hint: 'Book: half the sum of squares per example; framework: the mean over the 10 outputs, so the same learning rate acts 5 times smaller.',
    convHint: 'With a softmax and the log-likelihood cost, the book and the framework both take the mean over the mini-batch: the same cost either way.',
    sameForConv: true,
  },
  init: {
    label: 'Initial weights',
    book: { value: 'book', label: 'Book' },
    framework: { value: 'glorot', label: 'Framework' },
    hint: 'Book: N(0, 1) weights and biases; framework: Glorot uniform weights, zero biases.',
    convHint: 'Book: our N(0, 1/n_in) weights and zero biases; framework: Glorot uniform weights, zero biases.',
  },
  learningRate: {
    label: 'Learning rate',
    book: { value: 'book', label: 'Book' },
    framework: { value: 'framework-default', label: 'Framework' },
    hint: "Book: the η under “Both sides”; framework: plain SGD's default, 0.01 (TF.js's optimizer 'sgd', Keras's SGD()), whatever η says.",
  },
};

const PRESETS = [
  { name: 'Framework defaults', settings: FRAMEWORK_DEFAULTS },
  { name: 'Matched to the book', settings: MATCHED_TO_BOOK },
];

/** Whether two settings compute the same: a convolutional network ignores the toggles marked sameForConv. */
const sameSettings = (a: FrameworkSettings, b: FrameworkSettings, convolutional: boolean) =>
  (Object.keys(a) as (keyof FrameworkSettings)[]).every((key) => a[key] === b[key] || (convolutional && TOGGLES[key].sameForConv));

function Toggle<K extends keyof FrameworkSettings>({ field }: { field: K }) {
  const spec = TOGGLES[field] as ToggleSpec<FrameworkSettings[K]>;
  const value = useAppStore((s) => s.compareForm.framework[field]);
  const setSettings = useAppStore((s) => s.setFrameworkSettings);
  const convolutional = useAppStore((s) => s.compareForm.kind === 'conv');
  const name = useId();
  return (
    <fieldset className="compare-toggle" disabled={convolutional && spec.sameForConv}>
      <legend>{spec.label}</legend>
      <div className="segmented">
        {[spec.book, spec.framework].map((option) => (
          <label key={option.value}>
            <input type="radio" name={name} checked={value === option.value} onChange={() => setSettings({ [field]: option.value })} />
            {option.label}
          </label>
        ))}
      </div>
      <p className="hint">{(convolutional && spec.convHint) || spec.hint}</p>
    </fieldset>
  );
}

/** Where the framework side departs from the book: two presets, and one toggle per difference. */
export function FrameworkToggles() {
  const settings = useAppStore((s) => s.compareForm.framework);
  const setSettings = useAppStore((s) => s.setFrameworkSettings);
  const convolutional = useAppStore((s) => s.compareForm.kind === 'conv');
  const running = useAppStore(selectRunning);
  return (
    <fieldset className="compare-framework" disabled={running}>
      <legend className="group-legend">The framework side</legend>
      <div className="presets" role="group" aria-label="Framework settings">
        {PRESETS.map((preset) => (
          <button key={preset.name} type="button" className="preset" aria-pressed={sameSettings(settings, preset.settings, convolutional)} onClick={() => setSettings(preset.settings)}>
            <span className="preset-name">{preset.name}</span>
          </button>
        ))}
      </div>
      {(Object.keys(TOGGLES) as (keyof FrameworkSettings)[]).map((field) => (
        <Toggle key={field} field={field} />
      ))}
    </fieldset>
  );
}
