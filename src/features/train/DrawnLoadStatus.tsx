import { useAppStore } from '../../store/app-store.ts';

/** While a run waits for the pen-drawn digits: downloading them, then rendering them through the pad's pipeline. */
export function DrawnLoadStatus() {
  const drawn = useAppStore((s) => s.drawnLoad);
  if (!drawn) return null;
  const fraction = drawn.total ? drawn.done / drawn.total : 0;
  const label = drawn.phase === 'download' ? 'Downloading pen-drawn digits…' : `Rendering pen-drawn digits… ${Math.floor(fraction * 100)}%`;
  return (
    <div className="load-status">
      <label htmlFor="drawn-progress">{label}</label>
      <progress id="drawn-progress" max={1} value={drawn.phase === 'download' ? undefined : fraction} />
      <p className="hint">Once per visit: each of 7,494 digits drawn twice, at varied sizes and brush widths. Training starts right after.</p>
    </div>
  );
}
