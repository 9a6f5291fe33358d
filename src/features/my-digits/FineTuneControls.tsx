import { fineTuneOnMyDigits } from './my-digits-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import { FINE_TUNE_EPOCHS } from '../../worker/fine-tune.ts';
import { isRunLive } from '../../protocol/trainer-events.ts';

/** "Fine-tune on my digits", and how many of them the model reads right before and after. */
export function FineTuneControls() {
  const count = useAppStore((s) => s.myDigits.length);
  const mnistReady = useAppStore((s) => s.load.status === 'ready');
  const fineTune = useAppStore((s) => s.fineTune);
  const busy = useAppStore((s) => isRunLive(s.run.status));
  const running = fineTune.phase === 'running';
  const { before, after } = fineTune;

  let note = `A short run (${FINE_TUNE_EPOCHS} epochs) from the current model: your drawings, each repeated with small variations, mixed with a few thousand MNIST images so it keeps what it knew.`;
  if (!count) note = 'Keep a few drawings first: tap the right digit under the prediction.';
  else if (!mnistReady) note = 'Waiting for MNIST to load: fine-tuning mixes its images in.';
  return (
    <div className="fine-tune">
      <button type="button" className="primary" disabled={!count || !mnistReady || running || busy} onClick={() => void fineTuneOnMyDigits()}>
        Fine-tune on my digits
      </button>
      <p className="hint">{running ? 'Fine-tuning: watch the curves in the training panel.' : note}</p>
      {after && before && !running && (
        <p className="fine-tune-result" role="status">
          {fineTune.phase === 'stopped' ? 'Stopped early. ' : ''}Reads <strong>{after.right} of {after.total}</strong> of your digits right (before: {before.right} of {before.total}).
        </p>
      )}
    </div>
  );
}
