import { useAppStore } from '../../store/app-store.ts';
import { useServiceWorkerState } from '../../client/service-worker-state.ts';
import { dismissUpdate, reloadToUpdate } from './service-worker-client.ts';
import './pwa.css';

/** "A new version is ready: Reload": the person chooses when, so a running training is never cut short by an update. */
export function UpdateNotice() {
  const { updateReady } = useServiceWorkerState();
  const training = useAppStore((s) => s.run.status === 'training');
  if (!updateReady) return null;
  return (
    <div className="update-notice" role="status">
      <p>
        A new version is ready: <button type="button" onClick={reloadToUpdate}>Reload</button>{' '}
        <button type="button" onClick={dismissUpdate}>
          Later
        </button>
      </p>
      {training ? <p className="update-warning">Reloading now ends the training that is running (the model as of its last finished epoch is kept).</p> : null}
    </div>
  );
}
