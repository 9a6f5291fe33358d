import './recovery.css';
import { useState } from 'react';
import { exportEverything } from '../../features/models/export-all.ts';
import { useAppStore } from '../../store/app-store.ts';

/** What the page recovered from: records set aside (with the export that keeps them), a restarted worker. */
export function RecoveryNotices() {
  const notes = useAppStore((s) => s.setAsideNotes);
  const workerNotice = useAppStore((s) => s.workerNotice);
  const dismissNotes = useAppStore((s) => s.dismissSetAsideNotes);
  const setWorkerNotice = useAppStore((s) => s.setWorkerNotice);
  const [exported, setExported] = useState<string | null>(null);
  if (!notes.length && !workerNotice) return null;
  const exportAll = () => exportEverything().then((name) => setExported(`Saved ${name}.`), (e: unknown) => setExported(`The export failed: ${String(e)}`));
  return (
    <div className="recovery-notices">
      {workerNotice && (
        <div className="notice" role="alert">
          <p>{workerNotice}</p>
          <button type="button" onClick={() => setWorkerNotice(null)}>
            OK
          </button>
        </div>
      )}
      {notes.length > 0 && (
        <div className="notice" role="status" aria-label="Storage notice">
          {notes.map((note) => (
            <p key={note}>{note}</p>
          ))}
          <p className="hint">Set aside means kept in this browser but no longer used: nothing was deleted. “Export everything” saves it all in a file.</p>
          <p>
            <button type="button" onClick={() => void exportAll()}>
              Export everything
            </button>{' '}
            <button type="button" onClick={dismissNotes}>
              Dismiss
            </button>
          </p>
          {exported && <p className="hint">{exported}</p>}
        </div>
      )}
    </div>
  );
}
