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
  if (!engine) return null;
  const workers = engine.workers === 1 ? '1 worker' : `${engine.workers} workers`;
  return (
    <p className="engine-badge numbers">
      Engine: {ENGINE_NAMES[engine.kind]} · {workers}
      {engine.note ? <span className="engine-note"> (fell back: {engine.note})</span> : null}
    </p>
  );
}
