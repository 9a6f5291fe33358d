import { showCard } from '../../ui/show-card.ts';
import { pause, resume, stop, train } from '../../client/run-controls.ts';
import { configProblems } from '../../nn/config-limits.ts';
import { useAppStore } from '../../store/app-store.ts';
import { isRunStopping } from './train-slice.ts';
import { formatCount, formatNetwork, formatNumber } from '../../ui/format.ts';
import { ResetButton } from './ResetButton.tsx';
import { runInWords } from './run-words.ts';
import { isRunLive } from '../../protocol/trainer-events.ts';

/** Shows the Settings card (on a phone, its section) with focus on its first control. */
async function openSettings(): Promise<void> {
  const card = await showCard('settings');
  card?.querySelector<HTMLElement>('input, select')?.focus({ preventScroll: true });
}

/** Train, Pause/Resume, Stop and Reset, with what the next Train will run or why it cannot. */
export function RunControls() {
  const config = useAppStore((s) => s.config);
  const status = useAppStore((s) => s.run.status);
  const stopping = useAppStore((s) => isRunStopping(s.run));
  const ready = useAppStore((s) => s.load.status === 'ready');
  const error = useAppStore((s) => s.error);
  const problems = Object.values(configProblems(config));
  const live = isRunLive(status);

  return (
    <div className="run-controls">
      <p className="next-run">
        <span className="next-run-label">{live ? 'Next Train:' : 'Train runs:'}</span> {runInWords(config)}.
      </p>
      <details className="exact-settings">
        <summary>Exact settings</summary>
        <p className="numbers">
          {formatNetwork(config)} {config.activation}, {config.cost} cost, η {formatNumber(config.eta)}, mini-batch {config.batchSize}, λ{' '}
          {formatNumber(config.lambda)}, {config.epochs} epoch{config.epochs === 1 ? '' : 's'} on {formatCount(config.trainSize)} images, seed {config.seed}
        </p>
        <button type="button" onClick={() => void openSettings()}>
          Change them in Settings
        </button>
      </details>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => void train()} disabled={!ready || live || problems.length > 0}>
          Train
        </button>
        {status === 'paused' ? (
          <button type="button" onClick={() => void resume()} disabled={stopping}>
            Resume
          </button>
        ) : (
          <button type="button" onClick={() => void pause()} disabled={status !== 'training' || stopping}>
            Pause
          </button>
        )}
        <button type="button" onClick={() => void stop()} disabled={!live || stopping}>
          Stop
        </button>
        <ResetButton disabled={problems.length > 0} />
      </div>
      {stopping && (
        <p className="hint" role="status">
          Stopping the run…
        </p>
      )}
      {problems.length > 0 && (
        <p className="problem" role="alert">
          Fix the settings first: {problems.join('; ')}.
        </p>
      )}
      {error && problems.length === 0 && (
        <p className="problem" role="alert">
          {error}
        </p>
      )}
      {!ready && <p className="hint">Train is available once MNIST has loaded.</p>}
    </div>
  );
}
