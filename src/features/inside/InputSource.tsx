import { useAppStore } from '../../store/app-store.ts';
import { formatTopOutput } from '../../ui/format.ts';

/** Says which image the network view shows, with the way back to the drawing. */
export function InputSource() {
  const example = useAppStore((s) => s.inspectedExample);
  const showExample = useAppStore((s) => s.showExample);
  const drawn = useAppStore((s) => s.prediction !== null);
  // Softmax outputs are probabilities; sigmoid outputs are activations, not probabilities.
  const softmax = useAppStore((s) => s.prediction?.outputs === 'softmax');
  if (!example) return <p className="input-source">Input: your drawing on the pad{drawn ? '.' : ' (blank until you draw).'}</p>;
  const verdict = example.predicted === example.label ? 'read correctly' : `read as ${example.predicted}`;
  return (
    <p className="input-source example">
      <span>
        Input: test image #{example.index + 1}, a {example.label} {verdict} ({formatTopOutput(example.probability, softmax)}).
      </span>
      <button type="button" onClick={() => showExample(null)}>
        Back to my drawing
      </button>
    </p>
  );
}
