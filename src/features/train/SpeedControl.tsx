import { setTrainSpeed, stepOnce } from '../../client/run-controls.ts';
import { configProblems } from '../../nn/config-limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { isRunStopping } from './train-slice.ts';
import type { TrainSpeed } from './train-speed-slice.ts';
import { WATCH_STEP_MS, isRunLive } from '../../protocol/trainer-events.ts';
import './speed-control.css';

const SPEEDS: readonly { value: TrainSpeed; label: string }[] = [
  { value: 'full', label: 'Full speed' },
  { value: 'watch', label: 'Watch' },
];

const perSecond = Math.round(1000 / WATCH_STEP_MS);

/** Full speed or Watch (slow motion), and Step: one mini-batch at a time, to see the network learn. */
export function SpeedControl() {
  const speed = useAppStore((s) => s.trainSpeed);
  const batchSize = useAppStore((s) => (isRunLive(s.run.status) ? s.run.config?.batchSize : null) ?? s.config.batchSize);
  const status = useAppStore((s) => s.run.status);
  const ready = useAppStore((s) => s.load.status === 'ready');
  const configOk = useAppStore((s) => Object.keys(configProblems(s.config)).length === 0);
  const live = isRunLive(status);
  const stopping = useAppStore((s) => isRunStopping(s.run));
  const images = `${batchSize} image${batchSize === 1 ? '' : 's'}`;

  return (
    <div className="speed-control">
      <div className="speed-row">
        <fieldset className="speed-choice">
          <legend>Speed</legend>
          {SPEEDS.map(({ value, label }) => (
            <label key={value}>
              <input type="radio" name="train-speed" value={value} checked={speed === value} onChange={() => void setTrainSpeed(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => void stepOnce()} disabled={!ready || stopping || (!live && !configOk)}>
          Step
        </button>
      </div>
      <p className="hint">
        {speed === 'watch'
          ? `Watch: about ${perSecond} mini-batches of ${images} a second, so the bars of your drawing, the network view and the features change at every step. `
          : `Full speed trains as fast as this device can; Watch slows it to about ${perSecond} mini-batches a second. `}
        Step trains on exactly one mini-batch ({images}) and pauses{live ? '' : '; with no run going, it starts one'}. A run ends the same at any speed.
      </p>
    </div>
  );
}
