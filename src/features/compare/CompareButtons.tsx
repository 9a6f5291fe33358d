import { runBoth, stopBoth } from './compare-client.ts';
import { useAppStore } from '../../store/app-store.ts';
import { selectRunning } from './compare-state.ts';

/** Run both / Stop, and why a run did not start. */
export function CompareButtons() {
  const running = useAppStore(selectRunning);
  const message = useAppStore((s) => s.compareMessage);
  return (
    <div className="compare-buttons">
      <div className="compare-button-row">
        <button type="button" className="primary" disabled={running} onClick={() => void runBoth()}>
          Run both
        </button>
        <button type="button" disabled={!running} onClick={stopBoth}>
          Stop
        </button>
      </div>
      {message && (
        <p className="problem" role="alert">
          {message}
        </p>
      )}
      <p className="hint">Both train at the same time and share your processor, so each runs slower than it would alone.</p>
    </div>
  );
}
