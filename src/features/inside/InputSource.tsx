import { useAppStore } from '../../store/app-store.ts';

/** Says which image the network view shows, with the way back to the drawing. */
export function InputSource() {
  const example = useAppStore((s) => s.inspectedExample);
  const showExample = useAppStore((s) => s.showExample);
  if (!example) return <p className="input-source">Input: your drawing on the pad (blank until you draw).</p>;
  const verdict = example.predicted === example.label ? 'read correctly' : `read as ${example.predicted}`;
  return (
    <p className="input-source example">
      <span>
        Input: test image #{example.index + 1}, a {example.label} {verdict} ({Math.round(example.probability * 100)}%).
      </span>
      <button type="button" onClick={() => showExample(null)}>
        Back to my drawing
      </button>
    </p>
  );
}
