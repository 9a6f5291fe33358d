import { loadMnist } from '../../client/trainer-client.ts';
import { useAppStore } from '../../store/app-store.ts';

const MB = 1024 * 1024;

/** MNIST loading: a progress bar while it downloads, what failed and a Retry button if it fails. */
export function LoadStatus() {
  const load = useAppStore((s) => s.load);
  if (load.status === 'ready') return null;
  if (load.status === 'failed') {
    return (
      <div className="load-status failed" role="alert">
        <p>
          <strong>MNIST could not be loaded.</strong> {load.error}
        </p>
        <button type="button" onClick={() => void loadMnist()}>
          Retry
        </button>
      </div>
    );
  }
  const decoding = load.phase === 'decode';
  // Before it starts: the download waits for the first screen and a pause in the drawing (pen-rest.ts).
  const label =
    load.status === 'idle'
      ? 'MNIST, the training images, downloads in a moment.'
      : decoding
        ? 'Unpacking 70,000 images…'
        : `Downloading MNIST: ${(load.loaded / MB).toFixed(1)} of ${load.total ? (load.total / MB).toFixed(1) : '…'} MB`;
  return (
    <div className="load-status">
      <label htmlFor="mnist-progress">{label}</label>
      {/* Unpacking, the bar stays full (the download is done) rather than turning into the moving bar
          of an unknown wait: the browser repaints that one on every frame, about a second of frames
          while the page's first screen is still settling. */}
      <progress id="mnist-progress" max={1} value={decoding ? 1 : load.total ? load.loaded / load.total : 0} />
    </div>
  );
}
