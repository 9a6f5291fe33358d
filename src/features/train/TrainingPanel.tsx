import { Suspense } from 'react';
import { CardBoundary } from '../../ui/CardBoundary.tsx';
import { lazyWithRetry } from '../../ui/lazy-with-retry.ts';
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

// The draw pad and the buttons come first; the charts' code arrives a moment later.
const TrainingCharts = lazyWithRetry(() => import('./charts/TrainingCharts.tsx'));

const STATUS_LABEL = {
  idle: 'Ready',
  training: 'Training',
  paused: 'Paused',
  stopped: 'Stopped',
  done: 'Finished',
  diverged: 'Blew up',
} as const;

/** Presets, run buttons, progress and the two live charts. */
export function TrainingPanel() {
  const status = useAppStore((s) => s.run.status);
  const stopping = useAppStore((s) => isRunStopping(s.run));
  const load = useAppStore((s) => s.load.status);
  return (
    <>
      <div className="card-head">
        <h2 id="train-title">Train the network</h2>
        {load === 'ready' ? (
          <span className={`badge ${status}`}>{stopping ? 'Stopping…' : STATUS_LABEL[status]}</span>
        ) : (
          <span className={`badge ${load === 'failed' ? 'diverged' : 'loading'}`}>{load === 'failed' ? 'No data' : 'Loading MNIST'}</span>
        )}
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
          <Suspense fallback={<p className="chart-empty">Loading the charts…</p>}>
            <TrainingCharts />
          </Suspense>
        </CardBoundary>
      </div>
    </>
  );
}
