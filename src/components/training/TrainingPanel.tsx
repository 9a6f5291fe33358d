import { useAppStore } from '../../store/app-store.ts';
import { AccuracyChart } from '../charts/AccuracyChart.tsx';
import { CostChart } from '../charts/CostChart.tsx';
import { LoadStatus } from './LoadStatus.tsx';
import { PresetPicker } from './PresetPicker.tsx';
import { RunControls } from './RunControls.tsx';
import { RunProgress } from './RunProgress.tsx';

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
  const load = useAppStore((s) => s.load.status);
  return (
    <>
      <div className="card-head">
        <h2 id="train-title">Train the network</h2>
        {load === 'ready' ? (
          <span className={`badge ${status}`}>{STATUS_LABEL[status]}</span>
        ) : (
          <span className={`badge ${load === 'failed' ? 'diverged' : 'loading'}`}>{load === 'failed' ? 'No data' : 'Loading MNIST'}</span>
        )}
      </div>
      <LoadStatus />
      <PresetPicker />
      <RunControls />
      <RunProgress />
      <div className="charts">
        <CostChart />
        <AccuracyChart />
      </div>
    </>
  );
}
