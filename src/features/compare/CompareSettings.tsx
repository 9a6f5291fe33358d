import { useAppStore } from '../../store/app-store.ts';
import { COMPARE_TRAIN_SIZES, compareProblems } from './compare-form.ts';
import { formatCount } from '../../ui/format.ts';
import { SelectControl } from '../../ui/SelectControl.tsx';
import { CompareNetwork } from './CompareNetwork.tsx';
import { CompareNumber } from './CompareNumber.tsx';
import { selectRunning } from './compare-state.ts';

const TRAIN_SIZE_OPTIONS = COMPARE_TRAIN_SIZES.map((n) => ({
  value: String(n),
  label: n === 50_000 ? `${formatCount(n)} (all)` : `${formatCount(n)} (quick look)`,
}));

/** The hyperparameters both sides share. */
export function CompareSettings() {
  const form = useAppStore((s) => s.compareForm);
  const setForm = useAppStore((s) => s.setCompareForm);
  const running = useAppStore(selectRunning);
  const problems = compareProblems(form);
  return (
    <fieldset className="compare-settings" disabled={running}>
      <legend className="group-legend">Both sides</legend>
      <CompareNetwork problems={problems} />
      <CompareNumber label="Learning rate η" value={form.eta} onChange={(eta) => setForm({ eta })} problem={problems.eta} />
      <CompareNumber label="Mini-batch size" value={form.batchSize} onChange={(batchSize) => setForm({ batchSize })} problem={problems.batchSize} />
      <CompareNumber label="Epochs" value={form.epochs} onChange={(epochs) => setForm({ epochs })} problem={problems.epochs} />
      <SelectControl
        label="Training images"
        value={String(form.trainSize)}
        options={TRAIN_SIZE_OPTIONS}
        onChange={(size) => setForm({ trainSize: Number(size) })}
      />
      <CompareNumber
        label="Seed"
        value={form.seed}
        onChange={(seed) => setForm({ seed })}
        problem={problems.seed}
        hint={
          form.framework.init === 'book'
            ? 'Both sides start from the same weights and see the images in the same order.'
            : 'Both sides see the images in the same order; the framework side draws its own starting weights (Glorot) from this seed.'
        }
      />
    </fieldset>
  );
}
