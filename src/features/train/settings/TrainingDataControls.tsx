import type { LrSchedule } from '../../../nn/lr-schedule.ts';
import type { TrainingData } from '../../../nn/types.ts';
import { useAppStore } from '../../../store/app-store.ts';
import { SelectControl } from '../../../ui/SelectControl.tsx';

const DATA_OPTIONS: { value: TrainingData; label: string }[] = [
  { value: 'mnist', label: 'MNIST' },
  { value: 'mnist+drawn', label: 'MNIST + pen-drawn digits' },
];

/** What each epoch trains on, augmentation and the learning-rate schedule. */
export function TrainingDataControls() {
  const data = useAppStore((s) => s.config.trainingData ?? 'mnist');
  const augment = useAppStore((s) => s.config.augment ?? false);
  const schedule = useAppStore((s) => s.config.lrSchedule ?? 'constant');
  const setConfig = useAppStore((s) => s.setConfig);
  return (
    <>
      <SelectControl
        label="Training data"
        value={data}
        options={DATA_OPTIONS}
        onChange={(trainingData) => setConfig({ trainingData })}
        hint={
          data === 'mnist'
            ? 'The book’s 28×28 scans of digits written on paper.'
            : 'Plus 7,494 digits drawn with a pen by 30 people, rendered as the pad draws: a third of each epoch. Reads real drawings better.'
        }
      />
      <label className="check">
        <input type="checkbox" checked={augment} onChange={(e) => setConfig({ augment: e.target.checked })} />
        Augment (small shifts, rotations, scaling)
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={schedule === 'step-decay'}
          onChange={(e) => setConfig({ lrSchedule: (e.target.checked ? 'step-decay' : 'constant') satisfies LrSchedule })}
        />
        Learning-rate step decay near the end
      </label>
      <p className="hint">Augmenting shows each image slightly changed every epoch; the decay divides the learning rate by 10 for the last fifth of the epochs.</p>
    </>
  );
}
