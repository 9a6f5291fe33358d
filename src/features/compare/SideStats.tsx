import type { CompareSide } from './sides/compare-api.ts';
import { useAppStore } from '../../store/app-store.ts';
import { formatCount, formatPercent } from '../../ui/format.ts';
import { SIDE_NAMES } from './compare-state.ts';
import { SideRunProgress } from './SideRunProgress.tsx';

const SIDE_TITLES: Record<CompareSide, string> = { ours: 'by hand (src/nn)', framework: 'TensorFlow.js' };

const STATUS_LABELS = {
  idle: 'Not started',
  loading: 'Loading…',
  ready: 'Ready',
  training: 'Training',
  done: 'Done',
  stopped: 'Stopped',
  error: 'Error',
} as const;

/** 0.004 -> "4 ms", 2.345 -> "2.3 s": a quick-look epoch takes milliseconds. */
const formatEpochTime = (seconds: number) => (seconds < 1 ? `${Math.max(1, Math.round(seconds * 1000))} ms` : `${seconds.toFixed(1)} s`);

/** One side's engine, state and speed: examples per second live, time per epoch once one ended. */
export function SideStats({ side }: { side: CompareSide }) {
  const state = useAppStore((s) => s.compareSides[side]);
  const totalEpochs = useAppStore((s) => s.compareRun?.epochs ?? null);
  const last = state.epochs.at(-1);
  const titleId = `compare-side-${side}`;
  const loadingWhat = side === 'framework' ? 'Loading MNIST and TF.js…' : 'Loading MNIST…';
  return (
    <section className={`compare-side ${side}`} aria-labelledby={titleId}>
      <div className="compare-side-head">
        <h3 id={titleId}>
          <span className="swatch" aria-hidden="true" />
          {SIDE_NAMES[side]} <span className="compare-side-title">{SIDE_TITLES[side]}</span>
        </h3>
        <span className={`badge ${state.status}`}>{STATUS_LABELS[state.status]}</span>
      </div>
      <p className="engine-badge">{state.status === 'loading' ? loadingWhat : (state.engine ?? '\u00a0')}</p>
      <dl className="compare-stats numbers">
        <div>
          <dt>Epochs done</dt>
          <dd>{totalEpochs ? `${state.epochs.length} of ${totalEpochs}` : '—'}</dd>
        </div>
        <div>
          <dt>Speed</dt>
          <dd>{state.progress?.examplesPerSecond ? `${formatCount(state.progress.examplesPerSecond)} examples/s` : '—'}</dd>
        </div>
        <div>
          <dt>Time per epoch</dt>
          <dd>{last ? formatEpochTime(last.seconds) : '—'}</dd>
        </div>
        <div>
          <dt>Test accuracy</dt>
          <dd>{last ? <strong>{formatPercent(last.testAccuracy)}</strong> : '—'}</dd>
        </div>
      </dl>
      <SideRunProgress side={side} />
      {state.status === 'error' && (
        <p className="problem" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
