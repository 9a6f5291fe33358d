import { CardBoundary } from '../../ui/CardBoundary.tsx';
import { useAppStore } from '../../store/app-store.ts';
import { isRunStopping } from './train-slice.ts';
import { DrawnLoadStatus } from './DrawnLoadStatus.tsx';
import { EngineBadge } from './EngineBadge.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { RunControls } from './RunControls.tsx';
import { RunProgress } from './RunProgress.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import { WorkersControl } from './WorkersControl.tsx';
// The charts' frames come with the card: only the chart library, most of the page's code, waits until
// a chart has a line to draw (CostChart, AccuracyChart). Loaded apart, the frames' 5 kB showed a
// fallback first, and React then held their commit back to 300 ms after it: a second commit of the
// card, 22-43 ms in Lighthouse's traces, about a second into the visit.
import { TrainingCharts } from './charts/TrainingCharts.tsx';

const STATUS_LABEL = {
  idle: 'Ready',
  training: 'Training',
  paused: 'Paused',
  stopped: 'Stopped',
  done: 'Finished',
  diverged: 'Blew up',
} as const;

/** What the run is doing, or that MNIST is not there yet: beside the card's title. */
function TrainBadge() {
  const status = useAppStore((s) => s.run.status);
  const stopping = useAppStore((s) => isRunStopping(s.run));
  const load = useAppStore((s) => s.load.status);
  return load === 'ready' ? (
    <span className={`badge ${status}`}>{stopping ? 'Stopping…' : STATUS_LABEL[status]}</span>
  ) : (
    <span className={`badge ${load === 'failed' ? 'diverged' : 'loading'}`}>{load === 'failed' ? 'No data' : 'Loading MNIST'}</span>
  );
}

/**
 * Presets, run buttons, progress and the two live charts. The panel itself follows nothing in the
 * store: each part follows what it shows, so a change of the run's status or of MNIST's loading
 * renders the parts it changes, not every one (the charts included: about 27 ms of a 2-core machine
 * when MNIST arrived).
 */
export function TrainingPanel() {
  return (
    <>
      <div className="card-head">
        <h2 id="train-title">Train the network</h2>
        <TrainBadge />
      </div>
      <LoadStatus />
      <PresetPicker />
      <RunControls />
      <SpeedControl />
      <DrawnLoadStatus />
      <RunProgress />
      <EngineBadge />
      <WorkersControl />
      <div className="charts">
        {/* A chart whose code cannot be downloaded (offline) fails alone: the run's controls stay. */}
        <CardBoundary title="The charts">
          <TrainingCharts />
        </CardBoundary>
      </div>
    </>
  );
}
