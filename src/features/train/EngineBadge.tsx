import type { EngineKind } from '../../nn/training-engine.ts';
import { useAppStore } from '../../store/app-store.ts';

const ENGINE_NAMES: Record<EngineKind, string> = {
  'wasm-relaxed-simd': 'WebAssembly SIMD (relaxed)',
  'wasm-simd': 'WebAssembly SIMD',
  ts: 'TypeScript',
};

/** Which engine the run trains on, on how many workers, and why, when it fell back to a slower one. */
export function EngineBadge() {
  const engine = useAppStore((s) => s.run.engine);
  // Whole percents, so the badge re-renders only when the figure shown changes.
  const shared = useAppStore((s) => (s.progress?.sharedSteps === undefined ? null : Math.round(100 * s.progress.sharedSteps)));
  const lost = useAppStore((s) => s.progress?.helpersLost === true);
  if (!engine) return null;
  const workers = engine.workers === 1 || lost ? '1 worker' : `${engine.workers} workers`;
  const sharing = lost
    ? ' (a helper worker stopped, so this one goes on alone, with the same results)'
    : engine.workers > 1 && shared !== null
      ? ` (sharing ${shared}% of steps: they help only while it is faster)`
      : '';
  return (
    <p className="engine-badge numbers">
      Engine: {ENGINE_NAMES[engine.kind]} · {workers}
      {sharing}
      {engine.note ? <span className="engine-note"> (fell back: {engine.note})</span> : null}
    </p>
  );
}
